package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.config.RetentionDays;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreException;
import dev.tpmfaqbot.store.StoreStartException;
import dev.tpmfaqbot.store.Stores;
import dev.tpmfaqbot.suggest.PhrasingSuggestions;
import dev.tpmfaqbot.suggest.Suggestion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        header = "Most asked, unanswered questions and feedback, for content owners.",
        description = {
            "For content owners: the most asked keys, the questions the bot could not",
            "answer (near-identical ones counted together) and feedback per key.",
            "Reads the bot's database: DATABASE_URL from the environment or from .env in",
            "the working directory (default: the SQLite file data/tpm-faq-bot.db).",
            "Questions and feedback are kept for RETENTION_DAYS (default 90), then deleted."
        })
final class ReportCommand implements Callable<Integer> {

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            defaultValue = "7d",
            description =
                    "Start: 7d, 24h, 30m ago, or a date (2026-03-01) or time (2026-03-01T09:00). Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(
            names = "--json",
            description = "One JSON object: since, database, mostAsked, unanswered, feedback.")
    boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "At most N rows in each part; 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(
            names = "--suggest",
            description = {
                "Instead: questions whose askers clicked a did-you-mean topic, as new phrasings",
                "of that key (the YAML lines to add to faq/asked.yml). Reads the content from FAQ_DIR (default faq)."
            })
    boolean suggest;

    @Spec CommandSpec spec;

    private final UnaryOperator<String> settings;
    private final Clock clock;

    ReportCommand() {
        this(Setting::named, Clock.systemDefaultZone());
    }

    ReportCommand(Supplier<String> databaseSetting, Clock clock) {
        this(name -> name.equals(DatabaseUrl.SETTING) ? databaseSetting.get() : "", clock);
    }

    /** {@code settings}: a variable's value by name, "" when unset. */
    ReportCommand(UnaryOperator<String> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant from = start();
        try {
            DatabaseUrl url =
                    DatabaseUrl.parse(settings.apply(DatabaseUrl.SETTING), Stores.DEFAULT_FILE);
            int retention = RetentionDays.require(settings.apply(RetentionDays.NAME));
            Optional<Path> missing = url.sqliteFile().filter(file -> !Files.exists(file));
            if (missing.isPresent()) {
                err.printf(
                        "No database at %s: run this where the bot runs, or set %s.%n",
                        missing.get(), DatabaseUrl.SETTING);
                return 1;
            }
            try (Store store = Stores.open(url)) {
                if (suggest) {
                    return printSuggestions(out, err, store, from);
                }
                Store.Report report = store.report(from);
                if (json) {
                    out.println(ReportJson.of(report, url.describe(), limit, retention));
                } else {
                    ReportText.print(
                            out, report, url.describe(), clock.getZone(), limit, retention);
                }
                return 0;
            }
        } catch (StoreStartException | StoreException | IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int printSuggestions(PrintWriter out, PrintWriter err, Store store, Instant from) {
        String folder = settings.apply("FAQ_DIR");
        Content content;
        try {
            content =
                    ContentLoader.load(
                            Path.of(folder == null || folder.isBlank() ? "faq" : folder));
        } catch (InvalidContentException e) {
            err.println(e.getMessage());
            return 1;
        }
        List<Suggestion> suggestions =
                PhrasingSuggestions.of(
                        store.traffic(from).clicks(), store.acceptedPhrasings(), content);
        if (json) {
            out.println(SuggestionText.json(suggestions, limit));
        } else {
            SuggestionText.print(out, suggestions, limit);
        }
        return 0;
    }

    private Instant start() {
        try {
            return Since.parse(since, clock);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
