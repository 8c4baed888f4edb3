package dev.tpmfaqbot.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How telling each word is: inverse key frequency (a word in few keys says more), with a floor, and
 * one fixed weight for words the content never uses.
 */
final class WordWeights {
    /**
     * The least a known word weighs: even a word in every key ("tpm") says what the question is
     * about.
     */
    private static final double FLOOR = 0.5;

    /**
     * What a word the content never uses weighs: as telling as a word found in a few keys, no more.
     */
    private static final double UNKNOWN = 2.0;

    private final Map<String, Double> byWord = new HashMap<>();

    WordWeights(Collection<KeyProfile> profiles) {
        Map<String, Integer> keysPerWord = new HashMap<>();
        profiles.forEach(p -> p.allWords().forEach(w -> keysPerWord.merge(w, 1, Integer::sum)));
        int total = profiles.size();
        keysPerWord.forEach(
                (word, keys) ->
                        byWord.put(
                                word,
                                Math.max(
                                        FLOOR, Math.log(1 + (total - keys + 0.5) / (keys + 0.5)))));
    }

    double of(String word) {
        return byWord.getOrDefault(word, UNKNOWN);
    }

    boolean isKnown(String word) {
        return byWord.containsKey(word);
    }

    double total(Set<String> words) {
        double total = 0;
        for (String word : words) {
            total += of(word);
        }
        return total;
    }

    /** Share of the words' weight in words the content never uses at all. */
    double unknownShare(Set<String> words) {
        double total = total(words);
        double unknown = 0;
        for (String word : words) {
            if (!isKnown(word)) {
                unknown += of(word);
            }
        }
        return total == 0 ? 0 : unknown / total;
    }
}
