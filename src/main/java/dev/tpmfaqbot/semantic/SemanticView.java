package dev.tpmfaqbot.semantic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The classifier's reading of one question: the probability of each key, of {@code none}, and the
 * similarity to each key's closest example.
 */
public final class SemanticView {
    private final Map<String, Double> probabilities;
    private final double none;
    private final Map<String, Double> nearest;
    private final List<String> ranked;
    private final List<String> rankedByNearest;

    SemanticView(Map<String, Double> probabilities, double none, Map<String, Double> nearest) {
        this.probabilities = Map.copyOf(probabilities);
        this.none = none;
        this.nearest = Map.copyOf(nearest);
        this.ranked = byValue(probabilities);
        this.rankedByNearest = byValue(nearest);
    }

    private static List<String> byValue(Map<String, Double> values) {
        return values.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public double probability(String key) {
        return probabilities.getOrDefault(key, 0.0);
    }

    /** The probability that the question is one to decline. */
    public double none() {
        return none;
    }

    /** Keys from the most to the least probable. */
    public List<String> ranked() {
        return ranked;
    }

    /** How far this key's probability is above (or below) the best other key's. */
    public double margin(String key) {
        String best = ranked.get(0);
        String other = best.equals(key) ? (ranked.size() > 1 ? ranked.get(1) : null) : best;
        return probability(key) - (other == null ? 0 : probability(other));
    }

    public double nearest(String key) {
        return nearest.getOrDefault(key, 0.0);
    }

    /**
     * Keys by how close their closest example is: a key with few examples, which the classifier may
     * still underrate, is found here.
     */
    public List<String> rankedByNearest() {
        return rankedByNearest;
    }
}
