package dev.tpmfaqbot.store;

import dev.tpmfaqbot.store.Store.UnansweredGroup;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts near-identical questions together (same {@link Wording#of wording}), biggest group first.
 */
final class QuestionGroups {
    private QuestionGroups() {}

    /** {@code asked} in the order they were (last) asked. */
    static List<UnansweredGroup> of(List<Asked> asked) {
        // The same text comes once per guessed key: its wording is worked out once.
        Map<String, String> wordings = new HashMap<>();
        Map<String, List<Asked>> groups =
                asked.stream()
                        .collect(
                                Collectors.groupingBy(
                                        question ->
                                                wordings.computeIfAbsent(
                                                        question.text(), Wording::of),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return groups.values().stream()
                .sorted(
                        Comparator.<List<Asked>>comparingLong(QuestionGroups::size)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingLong(QuestionGroups::lastAsked)
                                                .reversed()))
                .map(QuestionGroups::summarise)
                .toList();
    }

    /**
     * The wording asked most often (the latest of equals) as the example; the key guessed most
     * often, with its mean confidence, as the best guess.
     */
    private static UnansweredGroup summarise(List<Asked> group) {
        String example = mostCommon(group, question -> question.text().strip());
        String key = mostCommon(group, Asked::bestKey);
        List<Asked> guessed =
                group.stream().filter(question -> question.bestKey().equals(key)).toList();
        double confidence =
                guessed.stream()
                                .mapToDouble(question -> question.confidence() * question.count())
                                .sum()
                        / guessed.stream().mapToLong(Asked::count).sum();
        return new UnansweredGroup(example, size(group), key, confidence);
    }

    private static long size(List<Asked> group) {
        return group.stream().mapToLong(Asked::count).sum();
    }

    /** Ties go to the value seen last (the group is in the order asked). */
    private static String mostCommon(List<Asked> group, Function<Asked, String> value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Integer> lastSeen = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            String v = value.apply(group.get(i));
            counts.merge(v, group.get(i).count(), Long::sum);
            lastSeen.put(v, i);
        }
        return counts.keySet().stream()
                .max(Comparator.<String>comparingLong(counts::get).thenComparingInt(lastSeen::get))
                .orElseThrow();
    }

    private static long lastAsked(List<Asked> group) {
        return group.get(group.size() - 1).askedAtMillis();
    }

    /**
     * {@code count} identical questions (same text and guess), their mean confidence, and when last
     * asked.
     */
    record Asked(String text, String bestKey, double confidence, long askedAtMillis, long count) {
        Asked(String text, String bestKey, double confidence, long askedAtMillis) {
            this(text, bestKey, confidence, askedAtMillis, 1);
        }
    }
}
