package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.config.RetentionDays;
import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.StoreStartException;
import dev.tpmfaqbot.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The variables every run needs, whatever the chat platforms: {@code FAQ_DIR}, {@code PORT}, {@code
 * DATABASE_URL}, {@code LOG_LEVEL}, {@code LOG_FORMAT} and {@code RETENTION_DAYS}. Problems never
 * quote a value: {@code DATABASE_URL} may carry a password.
 *
 * @param port 0 asks the system for a free port (the one chosen is logged)
 * @param database where state lives: the SQLite file {@link Stores#DEFAULT_FILE} when {@code
 *     DATABASE_URL} is unset
 * @param logFormat text or json ({@code LOG_FORMAT})
 * @param retentionDays questions and feedback older than this are deleted, daily
 * @param answering whether the sentence model runs ({@code SENTENCE_MODEL}) and where its vectors
 *     are cached
 */
public record CoreSettings(
        Path faqDir,
        int port,
        DatabaseUrl database,
        String logLevel,
        String logFormat,
        int retentionDays,
        Answering answering) {
    public static final String FAQ_DIR = "FAQ_DIR";
    public static final String SENTENCE_MODEL = "SENTENCE_MODEL";
    public static final String VECTOR_CACHE_DIR = "VECTOR_CACHE_DIR";
    public static final Path DEFAULT_VECTOR_CACHE = Path.of("data", "vectors");
    public static final String PORT = "PORT";
    public static final String DATABASE_URL = DatabaseUrl.SETTING;
    public static final String LOG_LEVEL = "LOG_LEVEL";
    public static final String LOG_FORMAT = "LOG_FORMAT";
    public static final String RETENTION_DAYS = RetentionDays.NAME;

    static final int DEFAULT_PORT = 8080;
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    /** The settings, or empty when any of them is wrong (each problem added). */
    public static Optional<CoreSettings> read(Environment environment, ConfigProblems problems) {
        Path faqDir = faqDir(environment, problems);
        Integer port = port(environment, problems);
        DatabaseUrl database = database(environment, problems);
        String level = environment.get(LOG_LEVEL, "INFO").toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            problems.add(LOG_LEVEL, "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
            level = null;
        }
        String format = environment.get(LOG_FORMAT, LogFormat.TEXT).toLowerCase(Locale.ROOT);
        if (!LogFormat.FORMATS.contains(format)) {
            problems.add(LOG_FORMAT, "must be text or json");
            format = null;
        }
        Integer retentionDays = retentionDays(environment, problems);
        Answering answering = answering(environment, problems);
        if (faqDir == null
                || port == null
                || database == null
                || level == null
                || format == null
                || retentionDays == null
                || answering == null) {
            return Optional.empty();
        }
        return Optional.of(
                new CoreSettings(faqDir, port, database, level, format, retentionDays, answering));
    }

    /**
     * @param sentenceModel answer with the sentence model and words ({@code on}, the default), or
     *     words alone
     * @param vectorCache where content vectors are cached between starts
     */
    public record Answering(boolean sentenceModel, Path vectorCache) {}

    /** Also read by the command line, which has no other settings to check. */
    public static Answering answering(Environment environment, ConfigProblems problems) {
        String model = environment.get(SENTENCE_MODEL, "on").strip().toLowerCase(Locale.ROOT);
        if (!model.equals("on") && !model.equals("off")) {
            problems.add(SENTENCE_MODEL, "must be on or off");
            return null;
        }
        String cache = environment.get(VECTOR_CACHE_DIR, DEFAULT_VECTOR_CACHE.toString());
        return new Answering(
                model.equals("on"),
                Path.of(cache.isBlank() ? DEFAULT_VECTOR_CACHE.toString() : cache));
    }

    /**
     * The content folder when it is a readable folder (whatever else is wrong), so its content can
     * be checked too.
     */
    static Optional<Path> readableFaqDir(Environment environment) {
        Path folder = faqDirSetting(environment);
        return Files.isDirectory(folder) && Files.isReadable(folder)
                ? Optional.of(folder)
                : Optional.empty();
    }

    private static Path faqDirSetting(Environment environment) {
        return Path.of(environment.get(FAQ_DIR, "faq"));
    }

    private static Path faqDir(Environment environment, ConfigProblems problems) {
        Path folder = faqDirSetting(environment);
        if (!Files.isDirectory(folder)) {
            problems.add(
                    FAQ_DIR,
                    "no such folder: "
                            + folder.toAbsolutePath()
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

    private static Integer retentionDays(Environment environment, ConfigProblems problems) {
        OptionalInt days = RetentionDays.parse(environment.get(RETENTION_DAYS, ""));
        if (days.isEmpty()) {
            problems.add(RETENTION_DAYS, RetentionDays.PROBLEM);
            return null;
        }
        return days.getAsInt();
    }

    /**
     * Null when wrong. The store reads the setting: its message names the variable and never shows
     * a password.
     */
    private static DatabaseUrl database(Environment environment, ConfigProblems problems) {
        try {
            return DatabaseUrl.parse(environment.get(DATABASE_URL, ""), Stores.DEFAULT_FILE);
        } catch (StoreStartException e) {
            problems.add(e.setting(), e.problem());
            return null;
        }
    }
}
