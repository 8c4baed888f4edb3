package dev.tpmfaqbot.content;

import java.util.List;

/**
 * A comparison of two roles from {@code comparisons/A--B.md}; {@code firstRole} sorts before {@code
 * secondRole}. The dimension table is not stored here: it comes from the two roles.
 */
public record Comparison(
        String firstRole,
        String secondRole,
        String title,
        String shortAnswer,
        String body,
        List<String> questions,
        List<String> related,
        List<String> sources)
        implements Answerable {

    @Override
    public String key() {
        return Keys.comparison(firstRole, secondRole);
    }

    @Override
    public Kind kind() {
        return Kind.COMPARISON;
    }

    @Override
    public List<String> keywords() {
        return List.of();
    }
}
