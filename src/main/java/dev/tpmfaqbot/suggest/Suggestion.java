package dev.tpmfaqbot.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * A question people asked, proposed as a new phrasing of {@code key}, with its evidence: how many
 * times someone who asked it clicked that did-you-mean topic, and when last.
 */
public record Suggestion(String key, String title, String text, long clicks, Instant lastClicked, boolean accepted) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The line to add under {@code key:} in asked.yml: a double-quoted YAML string (JSON's escapes are YAML's). */
    public String yamlLine() {
        return "  - " + quoted(text);
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
