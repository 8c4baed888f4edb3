package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes questions and feedback older than {@code RETENTION_DAYS}: once at start, then daily. A
 * failed purge is logged and the next one still runs. Onboarding deliveries are kept: they are what
 * keeps a welcome from being sent twice.
 */
final class Retention implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final Duration EVERY = Duration.ofDays(1);

    private final Store store;
    private final Duration keep;
    private final Clock clock;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread thread = new Thread(r, "retention");
                        thread.setDaemon(true);
                        return thread;
                    });

    Retention(Store store, int days, Clock clock) {
        this.store = store;
        this.keep = Duration.ofDays(days);
        this.clock = clock;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::purge, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes what is older than the retention period; returns the rows deleted, -1 when it failed.
     */
    long purge() {
        try {
            long deleted = store.purgeRecordsBefore(clock.instant().minus(keep));
            log.info(
                    "retention: {} question and feedback row(s) older than {} days deleted",
                    deleted,
                    keep.toDays());
            return deleted;
        } catch (RuntimeException e) {
            log.warn(
                    "retention: could not delete old records ({}); trying again in {} h",
                    e.getMessage(),
                    EVERY.toHours());
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
