package dev.tpmfaqbot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shards this process runs: {@code first..last} of {@code total}, written {@code 0-3/8} (or
 * {@code 2/8} for one).
 */
public record ShardRange(int first, int last, int total) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?/(\\d{1,5})");

    public ShardRange {
        if (total < 1 || first < 0 || last < first || last >= total) {
            throw new IllegalArgumentException("shards " + first + "-" + last + " of " + total);
        }
    }

    /** Parses {@code A-B/N} or {@code A/N}; throws IllegalArgumentException when it is not one. */
    public static ShardRange parse(String text) {
        Matcher matcher = FORM.matcher(text.replace(" ", ""));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a shard range: " + text);
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
        return new ShardRange(first, last, Integer.parseInt(matcher.group(3)));
    }

    public int count() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + "-" + last + "/" + total;
    }
}
