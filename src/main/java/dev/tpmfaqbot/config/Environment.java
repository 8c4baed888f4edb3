package dev.tpmfaqbot.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables the process sees: the environment, over an optional {@code .env} file (the
 * environment wins).
 */
public final class Environment {
    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The real environment over {@code .env} in the given folder, if there is one. */
    public static Environment load(Path folder) {
        Map<String, String> merged = new HashMap<>();
        Dotenv dotenv =
                Dotenv.configure()
                        .directory(folder.toString())
                        .ignoreIfMissing()
                        .ignoreIfMalformed()
                        .load();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            merged.put(entry.getKey(), entry.getValue());
        }
        merged.putAll(System.getenv());
        return new Environment(merged);
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(variables);
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public boolean isSet(String name) {
        return get(name).isPresent();
    }
}
