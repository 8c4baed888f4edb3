package dev.tpmfaqbot.slack;

import java.util.Locale;
import java.util.Set;

/** Whether a message in an auto-answer channel is worth trying to answer: it asks something, in a few words at least. */
final class LooksLikeQuestion {
    private static final int MIN_WORDS = 3;
    private static final Set<String> QUESTION_STARTS = Set.of("what", "whats", "what's", "how", "why", "who", "when",
            "where", "which", "is", "are", "does", "do", "can", "could", "should", "would", "will", "did", "anyone",
            "difference", "explain");

    private LooksLikeQuestion() {
    }

    static boolean test(String text) {
        // Mentions, links and channel names are not words of the question.
        String trimmed = text == null ? "" : text.replaceAll("<[^<>]*>", " ").strip().toLowerCase(Locale.ROOT);
        String[] words = trimmed.split("\\s+");
        if (words.length < MIN_WORDS) {
            return false;
        }
        return trimmed.endsWith("?") || QUESTION_STARTS.contains(words[0].replaceAll("[^a-z']", ""));
    }
}
