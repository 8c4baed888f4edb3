package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.TestFolders;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.onboarding.Schedule;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.runtime.ChatAdapter;
import dev.tpmfaqbot.runtime.Core;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LiveAnswerer;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.StoreStartException;
import dev.tpmfaqbot.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bot as the runtime starts it: {@link DiscordModule} reads the environment (pointing at the
 * fakes), creates the adapter with real core services, and starts it.
 */
final class DiscordBot implements AutoCloseable {
    /**
     * A Wednesday noon: two hours after the default slot, so no explainer is due unless a test
     * asks.
     */
    static final Instant WEDNESDAY_NOON = Instant.parse("2025-06-04T12:00:00Z");

    static final Schedule WEEKDAYS_AT_TEN =
            new Schedule(
                    LocalTime.of(10, 0),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    ZoneOffset.UTC);

    private static Answerer shipped;

    final FakeDiscord discord;
    final Store store;
    final LiveAnswerer content;
    final FaqService faq;
    final ChatAdapter adapter;

    private DiscordBot(
            FakeDiscord discord,
            Store store,
            LiveAnswerer content,
            FaqService faq,
            ChatAdapter adapter) {
        this.discord = discord;
        this.store = store;
        this.content = content;
        this.faq = faq;
        this.adapter = adapter;
    }

    private final AtomicBoolean closed = new AtomicBoolean();

    static DiscordBot start(FakeDiscord discord) throws AdapterStartException {
        return start(discord, Map.of());
    }

    static DiscordBot start(FakeDiscord discord, Map<String, String> env)
            throws AdapterStartException {
        return start(discord, freshStateFile(), env, Clock.fixed(WEDNESDAY_NOON, ZoneOffset.UTC));
    }

    /** Starts on the SQLite state in {@code stateFile} and waits until every shard is connected. */
    static DiscordBot start(
            FakeDiscord discord, Path stateFile, Map<String, String> env, Clock clock)
            throws AdapterStartException {
        DiscordBot bot = create(discord, stateFile, env, clock);
        try {
            bot.adapter.start();
        } catch (AdapterStartException | RuntimeException e) {
            bot.close();
            throw e;
        }
        try {
            Eventually.until(
                    Duration.ofSeconds(20),
                    () -> "ready: " + bot.adapter.notReadyReason(),
                    () -> bot.adapter.notReadyReason().isEmpty());
        } catch (AssertionError e) {
            dumpThreads(); // a JDA that does not get ready says nothing; its threads do
            bot.close();
            throw e;
        }
        return bot;
    }

    private static void dumpThreads() {
        Thread.getAllStackTraces()
                .forEach(
                        (thread, stack) -> {
                            System.err.println(
                                    "THREAD " + thread.getName() + " " + thread.getState());
                            for (StackTraceElement frame : stack) {
                                System.err.println("    at " + frame);
                            }
                        });
    }

    /** Created, not started. */
    static DiscordBot create(
            FakeDiscord discord, Path stateFile, Map<String, String> env, Clock clock) {
        Store store;
        try {
            store = Stores.open("", stateFile);
        } catch (StoreStartException e) {
            throw new AssertionError(e);
        }
        Map<String, String> variables = new HashMap<>();
        variables.put("DISCORD_BOT_TOKEN", discord.token());
        variables.put("DISCORD_API_URL", discord.rest().baseUrl());
        variables.put("DISCORD_GATEWAY_URL", discord.gateway().url());
        variables.putAll(env);
        DiscordModule module = new DiscordModule();
        ConfigProblems problems = new ConfigProblems();
        DiscordSettings settings =
                module.settings(Environment.of(variables), problems)
                        .orElseThrow(
                                () -> new AssertionError("settings refused: " + problems.list()));
        assertEquals(List.of(), problems.list());
        Core core = Core.over(shippedContent(), store, clock);
        AdapterContext context = core.forAdapters(WEEKDAYS_AT_TEN, (path, maxBody, endpoint) -> {});
        return new DiscordBot(
                discord, store, core.answers(), core.faq(), module.create(settings, context));
    }

    static Path freshStateFile() {
        return TestFolders.newFolder("discord-bot-state").resolve("state.db");
    }

    static synchronized Answerer shippedContent() {
        if (shipped == null) {
            shipped = load(Path.of("faq"));
        }
        return shipped;
    }

    static Answerer load(Path folder) {
        try {
            return Answerer.build(ContentLoader.load(folder));
        } catch (InvalidContentException e) {
            throw new AssertionError(e);
        }
    }

    DiscordAdapter discordAdapter() {
        return (DiscordAdapter) adapter;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return; // a test may close a bot to restart it; the extension closes every bot again
        }
        adapter.stop(Duration.ofSeconds(5));
        faq.close();
        store.close();
    }
}
