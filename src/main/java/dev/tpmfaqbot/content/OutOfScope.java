package dev.tpmfaqbot.content;

import java.util.List;
import java.util.Map;

/**
 * Questions the bot must decline, from {@code out-of-scope.yml}, grouped by why ("other-jobs",
 * "team-business", "other-meanings"…). They teach the answering model what is not its business.
 */
public record OutOfScope(Map<String, List<String>> groups) {

    public static final OutOfScope NONE = new OutOfScope(Map.of());

    public OutOfScope {
        groups =
                java.util.Collections.unmodifiableMap(
                        new java.util.LinkedHashMap<>(
                                groups)); // file order: training is reproducible
    }

    /** Every example, whatever its group. */
    public List<String> questions() {
        return groups.values().stream().flatMap(List::stream).toList();
    }
}
