package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The variables every run needs, whatever the chat platforms: {@code FAQ_DIR}, {@code PORT},
 * {@code DATABASE_URL} and {@code LOG_LEVEL}. Problems never quote a value: {@code DATABASE_URL}
 * may carry a password.
 *
 * @param port 0 asks the system for a free port (the one chosen is logged)
 * @param databaseUrl empty for the embedded default under {@code data/}
 */
public record CoreSettings(Path faqDir, int port, Optional<String> databaseUrl, String logLevel) {
    public static final String FAQ_DIR = "FAQ_DIR";
    public static final String PORT = "PORT";
    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String LOG_LEVEL = "LOG_LEVEL";

    static final int DEFAULT_PORT = 8080;
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
    private static final Set<String> DATABASE_PREFIXES = Set.of(
            "jdbc:sqlite:", "sqlite:", "jdbc:postgresql:", "postgres://", "postgresql://");

    /** The settings, or empty when any of them is wrong (each problem added). */
    public static Optional<CoreSettings> read(Environment environment, ConfigProblems problems) {
        Path faqDir = faqDir(environment, problems);
        Integer port = port(environment, problems);
        Optional<String> databaseUrl = databaseUrl(environment, problems);
        String level = environment.get(LOG_LEVEL, "INFO").toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            problems.add(LOG_LEVEL, "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
            level = null;
        }
        if (faqDir == null || port == null || databaseUrl == null || level == null) {
            return Optional.empty();
        }
        return Optional.of(new CoreSettings(faqDir, port, databaseUrl, level));
    }

    /** The content folder when it is a readable folder (whatever else is wrong), so its content can be checked too. */
    static Optional<Path> readableFaqDir(Environment environment) {
        Path folder = faqDirSetting(environment);
        return Files.isDirectory(folder) && Files.isReadable(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static Path faqDirSetting(Environment environment) {
        return Path.of(environment.get(FAQ_DIR, "faq"));
    }

    private static Path faqDir(Environment environment, ConfigProblems problems) {
        Path folder = faqDirSetting(environment);
        if (!Files.isDirectory(folder)) {
            problems.add(FAQ_DIR, "no such folder: " + folder.toAbsolutePath()
                    + " (set it to the content folder, e.g. faq)");
            return null;
        }
        if (!Files.isReadable(folder)) {
            problems.add(FAQ_DIR, "folder not readable by this user: " + folder.toAbsolutePath());
            return null;
        }
        return folder;
    }

    private static Integer port(Environment environment, ConfigProblems problems) {
        String text = environment.get(PORT, String.valueOf(DEFAULT_PORT));
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the out-of-range case
        }
        problems.add(PORT, "must be a port number from 1 to 65535 (0: any free port)");
        return null;
    }

    /** Empty for the default; null when wrong. Only the scheme is checked here: the store reads the rest. */
    private static Optional<String> databaseUrl(Environment environment, ConfigProblems problems) {
        Optional<String> url = environment.get(DATABASE_URL);
        if (url.isPresent() && DATABASE_PREFIXES.stream().noneMatch(p -> url.get().toLowerCase(Locale.ROOT).startsWith(p))) {
            problems.add(DATABASE_URL, "must start with sqlite:, jdbc:sqlite:, postgres://, postgresql:// or jdbc:postgresql:"
                    + " (leave it unset for the embedded database under data/)");
            return null;
        }
        return url;
    }
}
