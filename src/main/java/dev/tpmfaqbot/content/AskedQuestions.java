package dev.tpmfaqbot.content;

import java.util.List;
import java.util.Map;

/**
 * Questions people asked, from {@code asked.yml}, each under the key that answers it ({@link
 * Keys#NONE} for one to decline). The answering model learns from them as from written questions;
 * they are never shown. Owners add the questions the bot got wrong here, under the right key.
 */
public record AskedQuestions(Map<String, List<String>> byKey) {

    public static final AskedQuestions NONE = new AskedQuestions(Map.of());

    public AskedQuestions {
        byKey =
                java.util.Collections.unmodifiableMap(
                        new java.util.LinkedHashMap<>(
                                byKey)); // file order: training is reproducible
    }
}
