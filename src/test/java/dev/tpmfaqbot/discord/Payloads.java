package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading and checking the message payloads the bot sent to the fake REST API. */
final class Payloads {
    private Payloads() {}

    /** The custom ids of every button, row by row flattened. */
    static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components")
                .forEach(
                        row ->
                                row.path("components")
                                        .forEach(c -> ids.add(c.path("custom_id").asText())));
        return ids;
    }

    static List<String> buttonLabels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        message.path("components")
                .forEach(
                        row ->
                                row.path("components")
                                        .forEach(c -> labels.add(c.path("label").asText())));
        return labels;
    }

    static JsonNode firstEmbed(JsonNode message) {
        return message.path("embeds").path(0);
    }

    /** Nothing in this message can ping anyone but {@code allowedUser} (0: nobody). */
    static void pingsAtMost(JsonNode message, long allowedUser) {
        JsonNode mentions = message.path("allowed_mentions");
        assertTrue(mentions.isObject(), "allowed_mentions is set: " + message);
        assertEquals(0, mentions.path("parse").size(), "nothing parsed from the text: " + mentions);
        assertFalse(
                mentions.has("roles") && mentions.path("roles").size() > 0,
                "no roles: " + mentions);
        List<String> users = new ArrayList<>();
        mentions.path("users").forEach(u -> users.add(u.asText()));
        assertEquals(
                allowedUser == 0 ? List.of() : List.of(Long.toUnsignedString(allowedUser)), users);
    }

    /** Every limit Discord puts on embeds and components. */
    static void withinDiscordLimits(JsonNode message) {
        JsonNode embeds = message.path("embeds");
        assertTrue(embeds.size() <= 10, "at most 10 embeds");
        int total = 0;
        for (JsonNode embed : embeds) {
            int title = embed.path("title").asText("").length();
            int description = embed.path("description").asText("").length();
            int footer = embed.path("footer").path("text").asText("").length();
            assertTrue(title <= 256, "title " + title);
            assertTrue(description <= 4096, "description " + description);
            assertTrue(footer <= 2048, "footer " + footer);
            assertTrue(embed.path("fields").size() <= 25, "fields " + embed.path("fields").size());
            total += title + description + footer;
            for (JsonNode field : embed.path("fields")) {
                int name = field.path("name").asText().length();
                int value = field.path("value").asText().length();
                assertTrue(name <= 256 && name > 0, "field name " + name);
                assertTrue(value <= 1024 && value > 0, "field value " + value);
                total += name + value;
            }
        }
        assertTrue(total <= 6000, "embeds total " + total);
        JsonNode rows = message.path("components");
        assertTrue(rows.size() <= 5, "rows " + rows.size());
        List<String> ids = buttonIds(message);
        for (JsonNode row : rows) {
            assertTrue(
                    row.path("components").size() <= 5,
                    "buttons in a row " + row.path("components").size());
            row.path("components")
                    .forEach(b -> assertTrue(b.path("label").asText().length() <= 80, "label"));
        }
        assertEquals(ids.stream().distinct().count(), ids.size(), "unique custom ids " + ids);
        ids.forEach(id -> assertTrue(id.length() <= 100, "custom id " + id));
    }
}
