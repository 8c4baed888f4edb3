package dev.tpmfaqbot.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * A question people asked, proposed as a new phrasing of {@code key}, with its evidence: how many
 * times someone who asked it chose that key ({@code clicks}: a did-you-mean click, or of those
 * {@code rephrased}, a helpful answer right after a "not helpful" one), and when last.
 */
public record Suggestion(
        String key,
        String title,
        String text,
        long clicks,
        Instant lastClicked,
        boolean accepted,
        long rephrased) {

    /**
     * The evidence in words: "clicked 3 times as a did-you-mean topic, chosen once after "not
     * helpful"".
     */
    public String evidence() {
        long clicked = clicks - rephrased;
        String did = clicked == 0 ? "" : "clicked " + times(clicked) + " as a did-you-mean topic";
        String after =
                rephrased == 0 ? "" : "chosen " + times(rephrased) + " after \"not helpful\"";
        return did.isEmpty() ? after : after.isEmpty() ? did : did + ", " + after;
    }

    private static String times(long count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The line to add under {@code key:} in asked.yml: a double-quoted YAML string (JSON's escapes
     * are YAML's).
     */
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
