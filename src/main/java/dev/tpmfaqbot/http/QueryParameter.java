package dev.tpmfaqbot.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one parameter of a raw query string ({@code a=1&q=what+is+a+tpm}): the first occurrence,
 * decoded as UTF-8.
 */
public final class QueryParameter {
    private QueryParameter() {}

    /**
     * The decoded value; empty when absent.
     *
     * @throws IllegalArgumentException when the value's percent-encoding is broken
     */
    public static Optional<String> first(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(key).equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
