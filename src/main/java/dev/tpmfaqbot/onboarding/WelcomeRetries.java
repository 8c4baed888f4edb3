package dev.tpmfaqbot.onboarding;

import dev.tpmfaqbot.store.StoreException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a welcome now and, when the database fails, again later: after 1 s, 2 s, 4 s … up to a
 * minute apart, for {@link #PATIENCE} in all. The event that asked for it was acknowledged long
 * ago; nothing else would retry it.
 */
final class WelcomeRetries {
    static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(WelcomeRetries.class);
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MOST = Duration.ofMinutes(1);

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread thread = new Thread(r, "welcome-retries");
                        thread.setDaemon(true);
                        return thread;
                    });

    /**
     * Runs {@code welcome} on this thread; a store failure schedules it again. {@code who} names it
     * in logs.
     */
    void attempt(String who, Runnable welcome) {
        attempt(who, welcome, FIRST, System.nanoTime() + PATIENCE.toNanos());
    }

    private void attempt(String who, Runnable welcome, Duration wait, long giveUpAt) {
        try {
            welcome.run();
        } catch (StoreException e) {
            if (System.nanoTime() + wait.toNanos() > giveUpAt) {
                log.warn(
                        "onboarding: gave up welcoming {} after {} min: {}",
                        who,
                        PATIENCE.toMinutes(),
                        e.getMessage());
                return;
            }
            log.warn(
                    "onboarding: cannot welcome {} now ({}); trying again in {} s",
                    who,
                    e.getMessage(),
                    wait.toSeconds());
            Duration next = wait.multipliedBy(2).compareTo(MOST) > 0 ? MOST : wait.multipliedBy(2);
            timer.schedule(
                    () -> attempt(who, welcome, next, giveUpAt),
                    wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }
}
