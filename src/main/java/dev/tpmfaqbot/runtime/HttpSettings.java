package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may reach the HTTP server and {@code /api/ask}: {@code HTTP_BIND}, {@code API_ENABLED},
 * {@code API_TOKEN} and {@code API_RATE_LIMIT}. The token is never quoted in a problem.
 *
 * @param bind the address to listen on; empty: every interface
 * @param apiToken when present, {@code /api/ask} needs {@code Authorization: Bearer TOKEN}
 * @param apiPerMinute questions per minute and client address (a burst of as many is allowed)
 */
public record HttpSettings(
        Optional<String> bind, boolean apiEnabled, Optional<String> apiToken, int apiPerMinute) {
    public static final String HTTP_BIND = "HTTP_BIND";
    public static final String API_ENABLED = "API_ENABLED";
    public static final String API_TOKEN = "API_TOKEN";
    public static final String API_RATE_LIMIT = "API_RATE_LIMIT";
    static final int DEFAULT_PER_MINUTE = 60;
    private static final int MIN_TOKEN = 16;

    /** The settings, or empty when any of them is wrong (each problem added). */
    public static Optional<HttpSettings> read(Environment environment, ConfigProblems problems) {
        int before = problems.list().size();
        Optional<String> bind = environment.get(HTTP_BIND);
        bind.ifPresent(address -> checkAddress(address, problems));
        Boolean enabled =
                switch (environment.get(API_ENABLED, "true").toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> {
                        problems.add(API_ENABLED, "must be true or false");
                        yield null;
                    }
                };
        Optional<String> token = environment.get(API_TOKEN);
        if (token.isPresent()
                && (token.get().length() < MIN_TOKEN
                        || token.get().chars().anyMatch(Character::isWhitespace))) {
            problems.add(
                    API_TOKEN,
                    "must be at least "
                            + MIN_TOKEN
                            + " characters without spaces (e.g. openssl rand -hex 32)");
        }
        int perMinute = perMinute(environment, problems);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new HttpSettings(bind, enabled, token, perMinute));
    }

    private static void checkAddress(String address, ConfigProblems problems) {
        try {
            InetAddress.getByName(address);
        } catch (UnknownHostException | SecurityException e) {
            problems.add(
                    HTTP_BIND,
                    "must be an address of this machine, such as 127.0.0.1, ::1 or 0.0.0.0 (all interfaces)");
        }
    }

    private static int perMinute(Environment environment, ConfigProblems problems) {
        String text = environment.get(API_RATE_LIMIT, String.valueOf(DEFAULT_PER_MINUTE));
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 1_000_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                API_RATE_LIMIT,
                "must be a whole number of questions per minute per client, from 1 to 1000000");
        return DEFAULT_PER_MINUTE;
    }
}
