package dev.tpmfaqbot.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Corrects a misspelt word to the closest word the content uses for naming things (titles,
 * questions, tags, aliases). Lucene's DirectSpellChecker builds an automaton for every lookup
 * (about half a millisecond); this vocabulary is small, so every word's deletions (one or two
 * letters) are indexed up front ("symmetric delete") and a lookup is a few dozen hash probes.
 * Candidates are then checked with Lucene's Damerau-Levenshtein distance.
 */
final class SpellingCorrector {
    /** Corrections must be at least this similar to the typed word (1 - edits / length). */
    static final float ACCURACY = 0.75f;

    /** Two edits at most, whatever the word's length: deletion sets grow as length^edits. */
    static final int MAX_EDITS = 2;

    private static final int MIN_LENGTH = 4;

    /**
     * A word this much longer than every naming word cannot be a typo of one (at most two edits).
     */
    private static final int LONGER_THAN_ANY = MAX_EDITS;

    private final Map<String, Integer> frequency;
    private final Map<String, Set<String>> wordsByDeletion = new HashMap<>();
    private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    private final int longestWord;

    /**
     * @param frequency each naming word and in how many keys it occurs
     */
    SpellingCorrector(Map<String, Integer> frequency) {
        this.frequency = Map.copyOf(frequency);
        this.longestWord = frequency.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String word : frequency.keySet()) {
            for (String deletion : deletions(word, maxEdits(word))) {
                wordsByDeletion.computeIfAbsent(deletion, d -> new HashSet<>()).add(word);
            }
        }
    }

    /** The closest naming word, or null when none is close enough. */
    String correct(String word) {
        if (!isCandidate(word)) {
            return null;
        }
        String best = null;
        float bestSimilarity = ACCURACY;
        for (String deletion : deletions(word, maxEdits(word))) {
            for (String candidate : wordsByDeletion.getOrDefault(deletion, Set.of())) {
                float similarity = distance.getDistance(word, candidate);
                if (similarity > bestSimilarity
                        || (similarity == bestSimilarity
                                && best != null
                                && isMoreCommon(candidate, best))) {
                    best = candidate;
                    bestSimilarity = similarity;
                } else if (similarity == bestSimilarity && best == null) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * A naming word that differs from this one by two neighbouring letters swapped ("stroy" →
     * "story"), the one typo that rarely turns a word into another real word; or null.
     */
    String correctSwap(String word) {
        if (!isCandidate(word)) {
            return null;
        }
        String best = null;
        char[] letters = word.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            char[] swapped = letters.clone();
            swapped[i] = letters[i + 1];
            swapped[i + 1] = letters[i];
            String candidate = new String(swapped);
            if (frequency.containsKey(candidate)
                    && (best == null || isMoreCommon(candidate, best))) {
                best = candidate;
            }
        }
        return best;
    }

    /** Short words, known words and words too long to be a typo of a known one are left alone. */
    boolean isCandidate(String word) {
        return word.length() >= MIN_LENGTH
                && word.length() <= longestWord + LONGER_THAN_ANY
                && !frequency.containsKey(word);
    }

    private boolean isMoreCommon(String candidate, String than) {
        int byFrequency = Integer.compare(frequency.get(candidate), frequency.get(than));
        return byFrequency > 0 || (byFrequency == 0 && candidate.compareTo(than) < 0);
    }

    /**
     * At the required accuracy, a word shorter than 8 letters can be only one edit away; none more
     * than two.
     */
    static int maxEdits(String word) {
        return Math.min(MAX_EDITS, (int) Math.floor(word.length() * (1 - ACCURACY)));
    }

    /** The word and every string made by deleting up to {@code edits} of its letters. */
    private static Set<String> deletions(String word, int edits) {
        Set<String> all = new HashSet<>(List.of(word));
        Set<String> layer = Set.of(word);
        for (int e = 0; e < edits; e++) {
            Set<String> next = new HashSet<>();
            for (String w : layer) {
                for (int i = 0; i < w.length() && w.length() > 2; i++) {
                    next.add(w.substring(0, i) + w.substring(i + 1));
                }
            }
            all.addAll(next);
            layer = next;
        }
        return all;
    }
}
