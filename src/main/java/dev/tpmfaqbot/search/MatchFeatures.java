package dev.tpmfaqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link KeyMatch} features for candidate keys. Postings built once (which phrasings, and
 * which keys' signatures and texts, contain each word) let one pass over the question's words
 * accumulate every shared weight, instead of probing each phrasing of each candidate per word.
 */
final class MatchFeatures {
    /**
     * An editor's own phrasing beats an equally close generated one ("what is a TPM" → the FAQ, not
     * the term).
     */
    private static final double GENERATED_PHRASING_DISCOUNT = 0.95;

    private static final int[] NONE = new int[0];

    private final WordWeights weights;
    private final Map<String, Integer> keyIndex = new HashMap<>();

    /**
     * Key k's phrasings are numbers firstPhrasing[k] up to (not including) firstPhrasing[k + 1].
     */
    private final int[] firstPhrasing;

    private final double[] phrasingWeight;
    private final boolean[] generated;
    private final Map<String, int[]> phrasingsWith;
    private final Map<String, int[]> signaturesWith;
    private final Map<String, int[]> textsWith;

    MatchFeatures(List<KeyProfile> profiles, WordWeights weights) {
        this.weights = weights;
        firstPhrasing = new int[profiles.size() + 1];
        int phrasings = profiles.stream().mapToInt(p -> p.phrasings().size()).sum();
        phrasingWeight = new double[phrasings];
        generated = new boolean[phrasings];
        Map<String, List<Integer>> byWord = new HashMap<>();
        Map<String, List<Integer>> bySignature = new HashMap<>();
        Map<String, List<Integer>> byText = new HashMap<>();
        int p = 0;
        for (int k = 0; k < profiles.size(); k++) {
            KeyProfile profile = profiles.get(k);
            keyIndex.put(profile.key(), k);
            firstPhrasing[k] = p;
            for (KeyProfile.Phrasing phrasing : profile.phrasings()) {
                phrasingWeight[p] = weights.total(phrasing.words());
                generated[p] = phrasing.generated();
                for (String word : phrasing.words()) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(p);
                }
                p++;
            }
            for (String word : profile.signature()) {
                bySignature.computeIfAbsent(word, w -> new ArrayList<>()).add(k);
            }
            for (String word : profile.allWords()) {
                byText.computeIfAbsent(word, w -> new ArrayList<>()).add(k);
            }
        }
        firstPhrasing[profiles.size()] = p;
        phrasingsWith = arrays(byWord);
        signaturesWith = arrays(bySignature);
        textsWith = arrays(byText);
    }

    List<KeyMatch> match(Set<String> words, List<ScoredKey> candidates) {
        double total = weights.total(words);
        double[] sharedByPhrasing = new double[phrasingWeight.length];
        double[] sharedBySignature = new double[keyIndex.size()];
        double[] sharedByText = new double[keyIndex.size()];
        for (String word : words) {
            double w = weights.of(word);
            for (int p : phrasingsWith.getOrDefault(word, NONE)) {
                sharedByPhrasing[p] += w;
            }
            for (int k : signaturesWith.getOrDefault(word, NONE)) {
                sharedBySignature[k] += w;
            }
            for (int k : textsWith.getOrDefault(word, NONE)) {
                sharedByText[k] += w;
            }
        }
        List<KeyMatch> matches = new ArrayList<>(candidates.size());
        for (ScoredKey candidate : candidates) {
            Integer k = keyIndex.get(candidate.key());
            if (k == null || total == 0) {
                matches.add(new KeyMatch(candidate.key(), candidate.score(), 0, 0, 0));
                continue;
            }
            double best = 0;
            for (int p = firstPhrasing[k]; p < firstPhrasing[k + 1]; p++) {
                double shared = sharedByPhrasing[p];
                double similarity =
                        shared
                                / (total + phrasingWeight[p] - shared)
                                * (generated[p] ? GENERATED_PHRASING_DISCOUNT : 1);
                best = Math.max(best, similarity);
            }
            matches.add(
                    new KeyMatch(
                            candidate.key(),
                            candidate.score(),
                            sharedBySignature[k] / total,
                            sharedByText[k] / total,
                            best));
        }
        return matches;
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach(
                (word, ids) ->
                        arrays.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }
}
