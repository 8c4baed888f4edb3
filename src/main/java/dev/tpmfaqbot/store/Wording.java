package dev.tpmfaqbot.store;

import dev.tpmfaqbot.text.ChatText;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a question says, ignoring how: the same wording for "How do I become a TPM?", "how to become
 * a tpm" and "@bot become TPM how :thinking:". Chat cleaning (case, mentions, emoji, links,
 * contractions), then the content words only, without a plural s, each once, sorted. Cheap,
 * predictable and easy to explain to content owners; it leaves real paraphrases ("moving into TPM"
 * / "becoming a TPM") apart, which people reading the report merge easily.
 */
final class Wording {
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "a",
                    "an",
                    "the",
                    "is",
                    "are",
                    "am",
                    "was",
                    "were",
                    "be",
                    "been",
                    "being",
                    "do",
                    "does",
                    "did",
                    "i",
                    "me",
                    "my",
                    "you",
                    "your",
                    "we",
                    "our",
                    "us",
                    "it",
                    "its",
                    "they",
                    "them",
                    "their",
                    "of",
                    "to",
                    "in",
                    "on",
                    "for",
                    "with",
                    "and",
                    "or",
                    "at",
                    "by",
                    "from",
                    "as",
                    "about",
                    "into",
                    "what",
                    "how",
                    "who",
                    "why",
                    "when",
                    "where",
                    "which",
                    "can",
                    "could",
                    "should",
                    "would",
                    "will",
                    "there",
                    "this",
                    "that",
                    "these",
                    "those",
                    "so",
                    "if",
                    "any",
                    "some",
                    "just",
                    "really",
                    "please",
                    "pls",
                    "hi",
                    "hello",
                    "hey",
                    "thanks",
                    "thank",
                    "bot",
                    "question",
                    "tell",
                    "know");

    private Wording() {}

    static String of(String question) {
        String cleaned = ChatText.clean(question);
        String words =
                Arrays.stream(cleaned.split("[^\\p{L}\\p{N}]+"))
                        .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                        .map(Wording::singular)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(" "));
        // Nothing but small words ("how?", "what is it"): keep them, rather than lump all such
        // together.
        return words.isEmpty() ? cleaned.replaceAll("[^\\p{L}\\p{N} ]", "").strip() : words;
    }

    /** "tpms" → "tpm", "roles" → "role"; leaves "process", "status", "analysis", "its". */
    private static String singular(String word) {
        boolean plural =
                word.length() > 3
                        && word.endsWith("s")
                        && !word.endsWith("ss")
                        && !word.endsWith("us")
                        && !word.endsWith("is");
        return plural ? word.substring(0, word.length() - 1) : word;
    }
}
