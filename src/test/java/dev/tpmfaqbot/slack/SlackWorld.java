package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.TestFolders;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.http.EmbeddedHttpServer;
import dev.tpmfaqbot.onboarding.OnboardingService;
import dev.tpmfaqbot.onboarding.Schedule;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.runtime.ChatAdapter;
import dev.tpmfaqbot.runtime.Core;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.SignedRequests;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreStartException;
import dev.tpmfaqbot.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Slack adapter, built through {@link SlackModule} from variables, against the fake Web
 * API, each adapter behind its own embedded HTTP server (the bot's own) on loopback. One store and
 * one core per world.
 *
 * <p>As a JUnit extension ({@code @RegisterExtension final SlackWorld world = new SlackWorld();})
 * it starts the usual adapter before each test, with the fake's start-up calls cleared, and closes
 * everything after it; {@link #slack()} is that adapter.
 */
final class SlackWorld implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    static final String SECRET = "test-signing-secret-0123456789";
    static final String BOT_TOKEN = "xoxb-test-bot-token-0123456789";
    static final String ONBOARDING_CHANNEL = "C0ONBOARD";
    static final String ASK_CHANNEL = "C0ASK";
    static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * Monday 03:00 UTC: far from the 10:00 slots, so no explainer is posted unless a test wants
     * one.
     */
    static final Instant QUIET_TIME = Instant.parse("2030-01-07T03:00:00Z");

    static final Schedule SCHEDULE =
            new Schedule(LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class), ZoneOffset.UTC);

    private static final Map<Path, Answerer> ANSWERERS = new ConcurrentHashMap<>();

    final FakeSlackApi api = FakeSlackApi.start();
    final SignedRequests signer = new SignedRequests(SECRET);
    final Store store;
    private final boolean ownsStore;
    final Clock clock;
    final FaqService faq;
    final OnboardingService onboarding;
    private final List<Running> running = new ArrayList<>();

    /** A world on its own new SQLite file, at a quiet time. */
    SlackWorld() {
        this(sqlite(), true, Clock.fixed(QUIET_TIME, ZoneOffset.UTC), Path.of("faq"));
    }

    /** A world on a store the test opened (and closes), e.g. one that several worlds share. */
    SlackWorld(Store store, Clock clock, Path content) {
        this(store, false, clock, content);
    }

    private SlackWorld(Store store, boolean ownsStore, Clock clock, Path content) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.clock = clock;
        Core core = Core.over(answerer(content), store, clock);
        this.faq = core.faq();
        this.onboarding = core.onboarding();
    }

    /** The real store on a new SQLite file in a temporary folder. */
    static Store sqlite() {
        return sqliteAt(newStateFile());
    }

    static Path newStateFile() {
        return TestFolders.newFolder("slack-test-state").resolve("state.db");
    }

    /**
     * The real store on a SQLite file; each call opens its own, as each replica or restart would.
     */
    static Store sqliteAt(Path file) {
        try {
            return Stores.open("sqlite:" + file, file.resolveSibling("unused.db"));
        } catch (StoreStartException e) {
            throw new IllegalStateException(e);
        }
    }

    static Answerer answerer(Path content) {
        return ANSWERERS.computeIfAbsent(
                content.toAbsolutePath(),
                folder -> {
                    try {
                        return Answerer.build(ContentLoader.load(folder));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /**
     * The variables every test adapter gets: HTTP mode, an ask channel and an onboarding channel.
     */
    Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>();
        variables.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        variables.put("SLACK_SIGNING_SECRET", SECRET);
        variables.put("SLACK_API_URL", api.baseUrl() + "/api/");
        variables.put("SLACK_ASK_CHANNELS", ASK_CHANNEL);
        variables.put("SLACK_ONBOARDING_CHANNELS", ONBOARDING_CHANNEL);
        return variables;
    }

    Running start() throws AdapterStartException {
        return start(variables());
    }

    Running start(Map<String, String> variables) throws AdapterStartException {
        ConfigProblems problems = new ConfigProblems();
        SlackModule module = new SlackModule();
        SlackSettings settings = module.settings(Environment.of(variables), problems).orElseThrow();
        assertEquals(List.of(), problems.list());
        EmbeddedHttpServer server = httpServer();
        ChatAdapter adapter =
                module.create(
                        settings, new AdapterContext(faq, onboarding, SCHEDULE, server, clock));
        Running run =
                new Running(
                        adapter,
                        server,
                        URI.create("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH));
        running.add(run);
        adapter.start();
        return run;
    }

    private static EmbeddedHttpServer httpServer() {
        try {
            return EmbeddedHttpServer.start("127.0.0.1", 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Running started;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        started = start();
        api.clearCalls();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** The adapter started for this test (when registered as an extension). */
    Running slack() {
        if (started == null) {
            throw new IllegalStateException(
                    "register this world with @RegisterExtension to have it started per test");
        }
        return started;
    }

    @Override
    public void close() {
        running.forEach(Running::close);
        faq.close();
        api.close();
        if (ownsStore) {
            store.close();
        }
    }

    /** A started adapter and the HTTP server its /slack/events is mounted on. */
    static final class Running {
        final ChatAdapter adapter;
        final EmbeddedHttpServer server;
        final URI endpoint;
        private boolean closed;

        Running(ChatAdapter adapter, EmbeddedHttpServer server, URI endpoint) {
            this.adapter = adapter;
            this.server = server;
            this.endpoint = endpoint;
        }

        HttpResponse<String> post(SignedRequests.SignedRequest request) {
            try {
                return request.postTo(endpoint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            adapter.stop(Duration.ofSeconds(2));
            server.stop(Duration.ZERO);
        }
    }
}
