package dev.tpmfaqbot.config;

import java.util.Arrays;
import java.util.List;

/**
 * Reads list variables such as {@code SLACK_ASK_CHANNELS=C123,C456}: comma or space separated,
 * blanks ignored.
 */
public final class CommaList {
    private CommaList() {}

    public static List<String> of(Environment environment, String variable) {
        return environment
                .get(variable)
                .map(
                        value ->
                                Arrays.stream(value.split("[,\\s]+"))
                                        .filter(s -> !s.isBlank())
                                        .toList())
                .orElse(List.of());
    }
}
