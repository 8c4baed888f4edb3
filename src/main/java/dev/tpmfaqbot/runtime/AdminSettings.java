package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.util.Optional;

/**
 * The owner's page: {@code ADMIN_TOKEN} turns {@code /admin} on; unset, {@code /admin} answers 404.
 * The token is never quoted in a problem.
 */
public record AdminSettings(Optional<String> token) {
    public static final String ADMIN_TOKEN = "ADMIN_TOKEN";
    private static final int MIN_TOKEN = 16;

    public static Optional<AdminSettings> read(Environment environment, ConfigProblems problems) {
        Optional<String> token = environment.get(ADMIN_TOKEN);
        if (token.isPresent()
                && (token.get().length() < MIN_TOKEN
                        || token.get().chars().anyMatch(Character::isWhitespace))) {
            problems.add(
                    ADMIN_TOKEN,
                    "must be at least "
                            + MIN_TOKEN
                            + " characters without spaces (e.g. openssl rand -hex 32)");
            return Optional.empty();
        }
        return Optional.of(new AdminSettings(token));
    }
}
