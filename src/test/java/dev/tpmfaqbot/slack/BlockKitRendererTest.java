package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.actionIds;
import static dev.tpmfaqbot.slack.SlackBlocks.allText;
import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.ComparisonTable;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.content.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private static final BlockKitRenderer RENDERER = new BlockKitRenderer(new MrkdwnCache(16));

    private static JsonNode json(SlackMessage message) throws Exception {
        return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(message.blocks()));
    }

    private static String words(int n) {
        StringBuilder text = new StringBuilder("A one-sentence answer.\n\n");
        for (int i = 1; i <= n; i++) {
            text.append("word").append(i).append(i % 12 == 0 ? ".\n\n" : " ");
        }
        return text.toString();
    }

    private static Answer answer(
            String title, String markdown, List<Link> links, Optional<ComparisonTable> table) {
        return new Answer(
                "q",
                "faq:x",
                Kind.FAQ,
                0.9,
                Band.ANSWER,
                title,
                markdown,
                links,
                links,
                List.of("A source", "B & C"),
                table);
    }

    @Test
    void aLongAnswerIsSplitOverSectionsWithinTheLimits() throws Exception {
        SlackMessage message =
                RENDERER.answer(
                        answer("Long", words(2000), List.of(), Optional.empty()),
                        Presentation.privateReply());

        JsonNode blocks = json(message);
        assertWithinLimits(blocks);
        long sections = SlackBlocks.types(blocks).stream().filter("section"::equals).count();
        assertTrue(sections >= 6, "2000 words take several sections: " + sections);
        assertTrue(allText(blocks).contains("word2000"), "nothing lost while it fits");
        assertTrue(message.text().length() <= SlackLimits.FALLBACK_TEXT);
    }

    @Test
    void anAnswerTooLongForFiftyBlocksIsCutShortWithANote() throws Exception {
        SlackMessage message =
                RENDERER.answer(
                        answer("Huge", words(40_000), List.of(), Optional.empty()),
                        Presentation.privateReply());

        JsonNode blocks = json(message);
        assertWithinLimits(blocks);
        assertEquals(50, blocks.size());
        assertTrue(allText(blocks).contains("too long for one Slack message"));
        assertTrue(actionIds(blocks).contains("tpm_share"), "the buttons survive the cut");
    }

    @Test
    void longTitlesLabelsAndFieldsAreCut() throws Exception {
        List<Link> links =
                IntStream.range(0, 40)
                        .mapToObj(i -> new Link("faq:k" + i, "x".repeat(200)))
                        .toList();
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new ComparisonTable.Row("Dimension " + i, "y".repeat(2500), "z".repeat(10)));
        }
        SlackMessage message =
                RENDERER.answer(
                        answer(
                                "t".repeat(300),
                                "Body.",
                                links,
                                Optional.of(new ComparisonTable("First", "Second", rows))),
                        Presentation.privateReply());

        JsonNode blocks = json(message);
        assertWithinLimits(blocks);
        assertTrue(allText(blocks).contains("Body."), "the body keeps its place before the table");
    }

    @Test
    void aCodeBlockSplitInTwoStaysCodeInBothHalves() {
        String code = "```\n" + "line of code\n".repeat(400) + "```";
        List<String> pieces = MrkdwnSplitter.split(MrkdwnWriter.toMrkdwn(code), 3000);

        assertTrue(pieces.size() > 1);
        for (String piece : pieces) {
            assertTrue(piece.startsWith("```") && piece.endsWith("```"), piece);
            assertTrue(piece.length() <= 3000);
        }
    }

    @Test
    void aSplitNeverCutsALinkOrAnEntity() {
        String text =
                ("see <https://example.com/a-long-path|the long link text> &amp; more ")
                        .repeat(200);
        for (String piece : MrkdwnSplitter.split(text, 500)) {
            assertEquals(
                    piece.chars().filter(c -> c == '<').count(),
                    piece.chars().filter(c -> c == '>').count(),
                    piece);
            assertTrue(!piece.endsWith("&am") && !piece.endsWith("&"), piece);
        }
    }
}
