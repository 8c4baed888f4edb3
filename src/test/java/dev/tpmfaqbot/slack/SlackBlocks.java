package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import java.util.ArrayList;
import java.util.List;

/** Reading and checking the Block Kit that reached the fake. */
final class SlackBlocks {
    private SlackBlocks() {}

    static JsonNode blocks(FakeSlackApi.Call call) {
        JsonNode blocks = call.jsonParam("blocks");
        assertNotNull(blocks, "no blocks in " + call.method() + ": " + call.params());
        return blocks;
    }

    static List<String> types(JsonNode blocks) {
        List<String> types = new ArrayList<>();
        blocks.forEach(b -> types.add(b.path("type").asText()));
        return types;
    }

    static List<String> actionIds(JsonNode blocks) {
        List<String> ids = new ArrayList<>();
        blocks.forEach(
                b ->
                        b.path("elements")
                                .forEach(
                                        e -> {
                                            if (e.has("action_id")) {
                                                ids.add(e.path("action_id").asText());
                                            }
                                        }));
        blocks.forEach(
                b -> {
                    if (b.path("accessory").has("action_id")) {
                        ids.add(b.path("accessory").path("action_id").asText());
                    }
                });
        return ids;
    }

    /** Every text in the blocks, joined: to look for what a person would read. */
    static String allText(JsonNode blocks) {
        StringBuilder text = new StringBuilder();
        collect(blocks, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isObject() && node.has("text") && node.get("text").isTextual()) {
            text.append(node.get("text").asText()).append('\n');
        }
        node.forEach(child -> collect(child, text));
    }

    /**
     * Slack's limits: 50 blocks, 3000 characters of section text, 10 fields of 2000, 25 elements,
     * 75-character labels...
     */
    static void assertWithinLimits(JsonNode blocks) {
        assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
        for (JsonNode block : blocks) {
            switch (block.path("type").asText()) {
                case "header" ->
                        assertTrue(block.path("text").path("text").asText().length() <= 150);
                case "section" -> {
                    assertTrue(
                            block.path("text").path("text").asText().length() <= 3000,
                            "section text " + block.path("text").path("text").asText().length());
                    assertTrue(block.path("fields").size() <= 10);
                    block.path("fields")
                            .forEach(f -> assertTrue(f.path("text").asText().length() <= 2000));
                    assertFalse(
                            block.path("text").path("text").asText().isEmpty()
                                    && block.path("fields").isEmpty(),
                            "an empty section");
                }
                case "context" -> assertTrue(block.path("elements").size() <= 10);
                case "actions" -> {
                    assertTrue(block.path("elements").size() <= 25);
                    block.path("elements")
                            .forEach(
                                    e -> {
                                        assertTrue(
                                                e.path("text").path("text").asText().length()
                                                        <= 75);
                                        assertTrue(e.path("value").asText().length() <= 2000);
                                    });
                }
                default -> {}
            }
        }
    }

    /**
     * Nothing in the raw request could mention anyone: no {@code <!…>}, no {@code <@…>} and no bare
     * {@code @here}.
     */
    static void assertNoMentions(FakeSlackApi.Call call) {
        String raw = call.params().toString();
        for (String mention :
                List.of("<!", "<@", "@here", "@channel", "@everyone", "\\u003c!", "\\u003c@")) {
            assertFalse(
                    raw.contains(mention),
                    mention + " reached Slack in " + call.method() + ": " + raw);
        }
    }
}
