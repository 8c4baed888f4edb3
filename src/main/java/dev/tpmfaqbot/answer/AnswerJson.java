package dev.tpmfaqbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON form of an answer, shared by {@code ask --json} and {@code GET /api/ask}. */
public final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {}

    public static ObjectNode of(Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", answer.question());
        node.put("key", answer.key());
        node.put("kind", answer.kind().label());
        node.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        node.put("band", answer.band().name().toLowerCase(java.util.Locale.ROOT));
        node.put("title", answer.title());
        node.put("text", answer.text());
        node.set("followUps", links(answer.followUps()));
        node.set("suggestions", links(answer.suggestions()));
        ArrayNode sources = node.putArray("sources");
        answer.sources().forEach(sources::add);
        return node;
    }

    public static String line(Answer answer) {
        return of(answer).toString();
    }

    private static ArrayNode links(List<Link> links) {
        ArrayNode array = JSON.createArrayNode();
        links.forEach(link -> array.addObject().put("key", link.key()).put("title", link.title()));
        return array;
    }
}
