package dev.tpmfaqbot.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Store.Recorded;
import dev.tpmfaqbot.store.Store.SuggestionClick;
import java.io.IOException;
import java.time.Instant;

/** One record as one line of JSON in the spool file, and back. */
final class SpoolLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpoolLines() {}

    static String write(Recorded recorded) {
        ObjectNode line = JSON.createObjectNode().put("id", recorded.id());
        if (recorded.record() instanceof AskedQuestion question) {
            line.put("question", question.text())
                    .put("key", question.bestKey())
                    .put("confidence", question.confidence())
                    .put("answered", question.answered())
                    .put("platform", question.platform())
                    .put("at", question.at().toEpochMilli())
                    .put("band", question.band());
        } else if (recorded.record() instanceof Feedback feedback) {
            line.put("feedback", feedback.key())
                    .put("helpful", feedback.helpful())
                    .put("platform", feedback.platform())
                    .put("at", feedback.at().toEpochMilli());
        } else if (recorded.record() instanceof SuggestionClick click) {
            line.put("clicked", click.key())
                    .put("question", click.text())
                    .put("platform", click.platform())
                    .put("at", click.at().toEpochMilli())
                    .put("via", click.via());
        }
        return line.toString();
    }

    /**
     * @throws IOException when the line is not a record (a file edited by hand, another format)
     */
    static Recorded read(String text) throws IOException {
        JsonNode line = JSON.readTree(text);
        Instant at = Instant.ofEpochMilli(line.path("at").asLong());
        String platform = line.path("platform").asText();
        if (line.has("clicked")) {
            return new Recorded(
                    line.path("id").asText(),
                    new SuggestionClick(
                            line.path("question").asText(),
                            line.path("clicked").asText(),
                            platform,
                            at,
                            line.path("via").asText(SuggestionClick.DID_YOU_MEAN)));
        }
        if (line.has("question")) {
            boolean answered = line.path("answered").asBoolean();
            String band =
                    line.path("band")
                            .asText(answered ? AskedQuestion.ANSWER : AskedQuestion.DECLINE);
            return new Recorded(
                    line.path("id").asText(),
                    new AskedQuestion(
                            line.path("question").asText(),
                            line.path("key").asText(),
                            line.path("confidence").asDouble(),
                            answered,
                            platform,
                            at,
                            band));
        }
        if (line.has("feedback")) {
            return new Recorded(
                    line.path("id").asText(),
                    new Feedback(
                            line.path("feedback").asText(),
                            line.path("helpful").asBoolean(),
                            platform,
                            at));
        }
        throw new IOException("not a question, feedback or click record");
    }
}
