package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.onboarding.ExplainerSeries;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.runtime.ChatAdapter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: JDA's shard manager with the listeners that turn events into questions for the
 * core and answers into embeds. Ready when every shard this process runs is connected.
 */
public final class DiscordAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final long IDLE_POLL_MILLIS = 20;
    private static final long IDLE_THREAD_SECONDS = 5;

    private final DiscordSettings settings;
    private final AdapterContext context;
    private final ThreadPoolExecutor eventPool = eventPool();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(threads("discord-timer"));
    private final AtomicBoolean connectedOnce = new AtomicBoolean();
    private final List<Object> listeners = new ArrayList<>();
    private volatile ShardManager shards;
    private volatile int expectedShards;
    private volatile long applicationId;
    private volatile ExplainerSeries series;

    DiscordAdapter(DiscordSettings settings, AdapterContext context) {
        this.settings = settings;
        this.context = context;
    }

    @Override
    public String name() {
        return DiscordQuestions.PLATFORM.id();
    }

    @Override
    public void start() throws AdapterStartException {
        // Every message sets its own allowed mentions (DiscordMessages): JDA's process-wide
        // defaults stay as they are.
        Optional<ApplicationCheck.Application> app =
                ApplicationCheck.fetch(settings.apiUrl(), settings.token());
        app.ifPresent(a -> applicationId = a.id());
        EnumSet<GatewayIntent> intents = IntentChoice.choose(settings, app);
        if (!intents.contains(GatewayIntent.MESSAGE_CONTENT)) {
            // Mentions, DMs and message commands carry their text without the intent, so JDA's
            // warning on reading it is wrong here. JDA has this switch only for the whole process.
            Message.suppressContentIntentWarning();
        }
        listeners.addAll(listeners(intents));
        try {
            shards = ShardManagerFactory.build(settings, intents, listeners, eventPool);
        } catch (InvalidTokenException e) {
            throw BadToken.exception();
        } catch (RuntimeException e) {
            throw new AdapterStartException(
                    "could not connect to Discord at "
                            + settings.apiUrl()
                            + " ("
                            + DiscordSettings.API_URL
                            + "): "
                            + e.getMessage(),
                    e);
        }
        expectedShards = settings.shards().map(ShardRange::count).orElse(shards.getShardsTotal());
        log.info("discord: connecting {} shard(s) of {}", expectedShards, shards.getShardsTotal());
        onShardReady();
    }

    private List<Object> listeners(EnumSet<GatewayIntent> intents) {
        TimelyReply replies = new TimelyReply(context.faq(), timer);
        List<Object> all =
                new ArrayList<>(
                        List.of(
                                new ConnectionListener(this::onShardReady),
                                new CommandRegistrar(settings.guildId()),
                                new SlashCommandListener(context.faq(), replies),
                                new MessageCommandListener(context.faq(), replies),
                                new AutocompleteListener(context.faq()),
                                new ButtonListener(context.faq(), replies),
                                new MessageListener(
                                        context.faq(),
                                        intents.contains(GatewayIntent.MESSAGE_CONTENT)
                                                ? Set.copyOf(settings.askChannels())
                                                : Set.of())));
        if (intents.contains(GatewayIntent.GUILD_MEMBERS)) {
            all.add(new WelcomeListener(context.onboarding(), settings.onboardingChannels()));
        }
        return all;
    }

    /**
     * The first time every shard is connected: say how to invite the bot, and start the explainer
     * series.
     */
    private void onShardReady() {
        ShardManager current = shards;
        if (current == null
                || notReadyReason().isPresent()
                || !connectedOnce.compareAndSet(false, true)) {
            return;
        }
        long app =
                applicationId != 0
                        ? applicationId
                        : current.getShards().get(0).getSelfUser().getApplicationIdLong();
        log.info(
                "discord: ready. Invite the bot to a server with {} ; install it to your own account with {}",
                InviteLink.forApplication(app),
                InviteLink.forUser(app));
        if (!settings.onboardingChannels().isEmpty()) {
            series =
                    ExplainerChannels.start(
                                    current,
                                    settings.onboardingChannels(),
                                    context.onboarding(),
                                    context.schedule())
                            .orElse(null);
        }
    }

    @Override
    public Optional<String> notReadyReason() {
        return ShardReadiness.notReadyReason(shards, expectedShards);
    }

    @Override
    public void stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        ShardManager current = shards;
        if (current != null) {
            current.removeEventListener(listeners.toArray());
        }
        if (series != null) {
            series.close();
        }
        try {
            awaitIdle(deadline);
            if (current != null) {
                List<JDA> running =
                        current.getShards(); // the manager forgets its shards when shut down
                current.shutdown(); // sends the replies already queued, then disconnects
                for (JDA shard : running) {
                    shard.awaitShutdown(Duration.ofNanos(remaining(deadline)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
        }
    }

    /** Lets the answers being worked on finish. */
    private void awaitIdle(long deadline) throws InterruptedException {
        while ((eventPool.getActiveCount() > 0 || !eventPool.getQueue().isEmpty())
                && remaining(deadline) > 0) {
            Thread.sleep(IDLE_POLL_MILLIS);
        }
    }

    /** The shard manager, for tests that look at the shards. */
    ShardManager shardManager() {
        return shards;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /**
     * Runs the listeners. Its threads end when idle, so it is never shut down: JDA hands it events
     * until the very end of a shard's shutdown, and would complain about a closed pool.
     */
    private static ThreadPoolExecutor eventPool() {
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        IDLE_THREAD_SECONDS,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        threads("discord-events"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
