package dev.tpmfaqbot.onboarding;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the content's explainer series to onboarding channels, one step per scheduled slot. The
 * store decides which step a slot gets, so progress survives restarts and replicas never post a
 * step twice. A slot missed while the bot was down is caught up at start if it is recent. A post
 * that surely failed is retried at the next slot; one that timed out may have landed, so it keeps
 * its claim and is not posted again: at most once, never twice.
 */
public final class ExplainerSeries implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExplainerSeries.class);

    /** A slot missed by less than this is still served when the bot starts. */
    static final Duration CATCH_UP = Duration.ofHours(1);

    private final Platform platform;
    private final List<ChannelRef> channels;
    private final Schedule schedule;
    private final SeriesPoster poster;
    private final FaqService faq;
    private final Store store;
    private final Clock clock;

    /** How long {@link #close()} waits for a slot being posted. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ScheduledThreadPoolExecutor timer = timer();

    ExplainerSeries(
            Platform platform,
            List<ChannelRef> channels,
            Schedule schedule,
            SeriesPoster poster,
            FaqService faq,
            Store store,
            Clock clock) {
        this.platform = platform;
        this.channels = List.copyOf(channels);
        this.schedule = schedule;
        this.poster = poster;
        this.faq = faq;
        this.store = store;
        this.clock = clock;
    }

    /** Catches up a recently missed slot, then posts at every slot until closed. */
    public void start() {
        Instant now = clock.instant();
        Instant last = schedule.lastSlotAtOrBefore(now);
        if (Duration.between(last, now).compareTo(CATCH_UP) < 0) {
            timer.execute(() -> serve(last));
        }
        scheduleNext(now);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer =
                new ScheduledThreadPoolExecutor(
                        1,
                        r -> {
                            Thread thread = new Thread(r, "explainer-series");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return timer;
    }

    private void scheduleNext(Instant after) {
        if (timer.isShutdown()) {
            return;
        }
        Instant slot = schedule.nextSlotAfter(after);
        long delay = Math.max(0, Duration.between(clock.instant(), slot).toMillis());
        timer.schedule(
                () -> {
                    try {
                        serve(slot);
                    } finally {
                        scheduleNext(slot);
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    /** A slot that fails (the database down) is logged; the series goes on at the next slot. */
    private void serve(Instant slot) {
        try {
            postSlot(slot);
        } catch (RuntimeException e) {
            log.warn(
                    "explainer series: the {} slot failed ({}); the next slot is still scheduled",
                    slot,
                    e.getMessage());
        }
    }

    /**
     * Serves one slot: each channel gets its next step, unless another replica already did. Returns
     * how many were posted.
     */
    public int postSlot(Instant slot) {
        List<String> series = faq.content().onboarding().series();
        int posted = 0;
        for (ChannelRef channel : channels) {
            Optional<Integer> step =
                    store.claimNextSeriesStep(
                            platform.id(),
                            channel.workspace(),
                            channel.channel(),
                            slot,
                            series.size());
            if (step.isPresent() && post(channel, slot, series.get(step.get()))) {
                posted++;
            }
        }
        return posted;
    }

    private boolean post(ChannelRef channel, Instant slot, String key) {
        Optional<Answer> explainer = faq.open(key);
        try {
            if (explainer.isEmpty()) {
                log.warn("explainer series: no content for {}; skipping that step", key);
                return false;
            }
            poster.post(channel, explainer.get());
            return true;
        } catch (Exception e) {
            if (PostFailure.mayHaveLanded(e)) {
                log.warn(
                        "explainer series: posting {} to {} timed out ({}); it may have been posted, so it is not"
                                + " posted again (at most once)",
                        key,
                        channel.channel(),
                        e.getMessage());
                return false;
            }
            log.warn(
                    "explainer series: could not post {} to {}: {}; it will be retried at the next slot",
                    key,
                    channel.channel(),
                    e.getMessage());
            store.releaseSeriesStep(platform.id(), channel.workspace(), channel.channel(), slot);
            return false;
        }
    }

    /**
     * Cancels the slots to come and waits for a post in progress instead of interrupting it: a post
     * cut off halfway may already be in the channel, and counting it as failed would post it again.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "explainer series: a post still running after {} s is abandoned",
                        CLOSE_WAIT.toSeconds());
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timer.shutdownNow();
        }
    }
}
