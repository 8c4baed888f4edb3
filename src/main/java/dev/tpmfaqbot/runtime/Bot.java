package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.admin.AdminPages;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.http.AskEndpoint;
import dev.tpmfaqbot.http.EmbeddedHttpServer;
import dev.tpmfaqbot.http.HealthEndpoints;
import dev.tpmfaqbot.http.MetricsEndpoint;
import dev.tpmfaqbot.records.RecordWriter;
import dev.tpmfaqbot.semantic.Semantics;
import dev.tpmfaqbot.service.AnsweringPool;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LiveAnswerer;
import dev.tpmfaqbot.service.QuestionMetrics;
import dev.tpmfaqbot.store.DatabaseUrl;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreStartException;
import dev.tpmfaqbot.store.Stores;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bot: the store, the answering core, the HTTP server, the chat adapters and the content
 * watcher, started in that order and stopped in an orderly way. {@link #stop()} is safe to call at
 * any point, also after a failed start: it stops what did start.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    /** How long work in flight gets to finish on shutdown. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    /** A burst of file changes is read once it has been quiet this long. */
    static final Duration RELOAD_QUIET = Duration.ofMillis(400);

    private final Configuration config;
    private final StoreOpener stores;
    private final Clock clock = Clock.systemUTC();
    private final Readiness readiness = new Readiness();
    private final PrometheusMeterRegistry metrics =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final StartedAdapters adapters = new StartedAdapters();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile Store store;
    private volatile FaqService faq;
    private volatile EmbeddedHttpServer http;
    private volatile ContentWatcher watcher;
    private volatile Semantics semantics = Semantics.wordsOnly("not started");
    private volatile Retention retention;

    public Bot(Configuration config, StoreOpener stores) {
        this.config = config;
        this.stores = stores;
    }

    public void start() throws StartFailedException, AdapterStartException {
        long start = System.nanoTime();
        // the sentence model loads (about a second) while the database opens and the index is built
        CompletableFuture<Semantics> model =
                CompletableFuture.supplyAsync(() -> AnsweringModel.load(config.core().answering()));
        openStore();
        long indexStart = System.nanoTime();
        LiveAnswerer live = new LiveAnswerer(Answerer.build(config.content(), model::join));
        semantics = model.join();
        readiness.answeringWith(semantics);
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        log.info(
                "content: {} from {}; index and classifier built in {} ms",
                ContentCounts.of(config.content()),
                config.core().faqDir(),
                indexMillis);
        Core core =
                Core.assemble(
                        live,
                        openRecords(),
                        store,
                        clock,
                        new QuestionMetrics(metrics),
                        AnsweringPool.forThisMachine());
        faq = core.faq();
        retention = new Retention(store, config.core().retentionDays(), clock);
        retention.start();
        startHttp();
        startAdapters(core.forAdapters(config.schedule(), http));
        watchContent(live);
        readiness.serving(adapters.list());
        log.info(
                "ready in {} ms ({} ms since the JVM started): {} answers, index built in {} ms, adapters [{}];"
                        + " try http://localhost:{}/api/ask?q=what+is+a+tpm",
                (System.nanoTime() - start) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime(),
                config.content().size(),
                indexMillis,
                adapters.names(),
                port());
        adapters.botReady();
    }

    private void openStore() throws StartFailedException {
        try {
            store = stores.open(config.core().database());
        } catch (StoreStartException e) {
            throw new StartFailedException(
                    e.getMessage(), null); // the message is scrubbed; the cause may quote the URL
        } catch (Exception e) {
            throw new StartFailedException(
                    CoreSettings.DATABASE_URL
                            + ": cannot open the "
                            + config.core().database().describe(),
                    null);
        }
        readiness.storeOpened(store);
        log.info("database: {}", config.core().database().describe());
    }

    /**
     * Records are spooled next to the SQLite file, or in data/ for PostgreSQL; their backlog is
     * watched.
     */
    private RecordWriter openRecords() {
        Path spool = recordSpool(config.core().database());
        RecordWriter records;
        try {
            records = RecordWriter.spooledTo(store, spool);
        } catch (IOException e) {
            log.warn(
                    "records: cannot use the spool file {} ({}); records wait in memory, so a crash may lose the"
                            + " ones the database has not taken yet",
                    spool,
                    e.getMessage());
            records = RecordWriter.inMemory(store);
        }
        readiness.check(records::problem);
        Gauge.builder("tpm.records.waiting", records, RecordWriter::backlog)
                .description("Question records not in the database yet")
                .register(metrics);
        FunctionCounter.builder("tpm.records.dropped", records, RecordWriter::dropped)
                .register(metrics);
        return records;
    }

    static Path recordSpool(DatabaseUrl database) {
        return database.sqliteFile()
                .map(file -> file.resolveSibling(file.getFileName() + ".records"))
                .orElse(Stores.DEFAULT_FILE.resolveSibling("records.spool"));
    }

    private void startHttp() throws StartFailedException {
        HttpSettings settings = config.http();
        try {
            http = EmbeddedHttpServer.start(settings.bind().orElse(null), config.core().port());
        } catch (Exception e) {
            throw new StartFailedException(
                    CoreSettings.PORT
                            + ": cannot listen on port "
                            + config.core().port()
                            + settings.bind()
                                    .map(address -> " of " + HttpSettings.HTTP_BIND + "=" + address)
                                    .orElse("")
                            + ": "
                            + e.getMessage(),
                    e);
        }
        http.route(HealthEndpoints.HEALTH, HealthEndpoints.MAX_BODY, HealthEndpoints.alive());
        http.route(
                HealthEndpoints.READY,
                HealthEndpoints.MAX_BODY,
                HealthEndpoints.ready(readiness::notReadyReasons, readiness::degradations));
        if (settings.apiEnabled()) {
            http.route(
                    AskEndpoint.PATH,
                    AskEndpoint.MAX_BODY,
                    new AskEndpoint(
                            (asker, question) -> faq.inTurn(asker, () -> faq.ask(question)),
                            settings.apiToken(),
                            settings.apiPerMinute()));
        }
        AdminPages.mount(
                http,
                config.admin().token(),
                new AdminPages.Sources(faq, store, config.core().faqDir(), clock));
        http.route(
                MetricsEndpoint.PATH,
                MetricsEndpoint.MAX_BODY,
                new MetricsEndpoint(metrics::scrape, settings.apiToken().orElse("")));
        log.info(
                "http: listening on port {} ({}): GET {}, {}{}, {}, {}",
                http.port(),
                settings.bind().orElse("all interfaces"),
                HealthEndpoints.HEALTH,
                HealthEndpoints.READY,
                !settings.apiEnabled()
                        ? " (" + AskEndpoint.PATH + " off)"
                        : ", "
                                + AskEndpoint.PATH
                                + "?q=… ("
                                + (settings.apiToken().isPresent() ? "token required, " : "")
                                + settings.apiPerMinute()
                                + " per minute per client)",
                MetricsEndpoint.PATH,
                config.admin().token().isPresent()
                        ? AdminPages.PATH + " (owner's page)"
                        : AdminPages.PATH + " off (no " + AdminSettings.ADMIN_TOKEN + ")");
        http.countResponses(
                status ->
                        metrics.counter("tpm.http.responses", "status", String.valueOf(status))
                                .increment());
    }

    private void startAdapters(AdapterContext context) throws AdapterStartException {
        adapters.start(config.adapters(), context);
        if (config.adapters().isEmpty()) {
            log.info("no chat platform configured (see .env.example): serving HTTP only");
        }
    }

    private void watchContent(LiveAnswerer live) throws StartFailedException {
        ContentReloader reloader =
                new ContentReloader(config.core().faqDir(), live, semantics, metrics);
        try {
            watcher = new ContentWatcher(config.core().faqDir(), RELOAD_QUIET, reloader::reload);
        } catch (IOException e) {
            throw new StartFailedException(
                    CoreSettings.FAQ_DIR + ": cannot watch for changes: " + e.getMessage(), e);
        }
        watcher.start();
        readiness.check(watcher::problem);
        log.info("content reload: watching {} for changes", config.core().faqDir());
    }

    /** The HTTP port actually bound (useful with PORT=0). */
    public int port() {
        return http.port();
    }

    /** Why the bot cannot serve now; empty when ready. */
    public List<String> notReadyReasons() {
        return readiness.notReadyReasons();
    }

    /**
     * Stops taking new events and requests, gives work in flight up to {@link #GRACE} to finish,
     * then closes the HTTP port, writes the queued records and closes the database.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + GRACE.toNanos();
        log.info(
                "stopping: taking no new events; up to {} s for work in flight", GRACE.toSeconds());
        readiness.stopping();
        if (watcher != null) {
            watcher.close();
        }
        if (http != null) {
            http.refuseNewRequests();
        }
        adapters.stopAll(deadline);
        if (http != null) {
            http.stop(StartedAdapters.remaining(deadline));
        }
        if (retention != null) {
            retention.close();
        }
        if (faq != null) {
            faq.close();
        }
        if (store != null) {
            store.close();
        }
        semantics.close();
        readiness.close();
        log.info("stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
