package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store.Recorded;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that moves queued records into the spool as soon as they come, many per sync; says how
 * many once they are in.
 */
final class Spooler extends Thread {
    private static final Logger log = LoggerFactory.getLogger(Spooler.class);
    private static final int MOST_PER_APPEND = 5_000;
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Recorded> queue;
    private final RecordSpool spool;
    private final LongConsumer spooled;
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    private final ThrottledWarning warning = new ThrottledWarning(log, Duration.ofSeconds(30));
    private volatile String problem;
    private volatile long deadline;
    private volatile boolean finishing;

    Spooler(BlockingQueue<Recorded> queue, RecordSpool spool, LongConsumer spooled) {
        super("record-spooler");
        setDaemon(true);
        this.queue = queue;
        this.spool = spool;
        this.spooled = spooled;
    }

    @Override
    public void run() {
        List<Recorded> batch = new ArrayList<>();
        try {
            while (!(finishing && queue.isEmpty() && batch.isEmpty())) {
                if (batch.isEmpty()) {
                    Recorded first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, MOST_PER_APPEND - 1);
                }
                if (append(batch)) {
                    batch.clear();
                } else if (finishing && System.nanoTime() > deadline) {
                    log.warn(
                            "records: {} could not be spooled before stopping and are lost",
                            batch.size() + queue.size());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean append(List<Recorded> batch) throws InterruptedException {
        try {
            spool.append(batch);
            problem = null;
            backoff.succeeded();
            spooled.accept(batch.size());
            return true;
        } catch (IOException | RuntimeException e) {
            problem = String.valueOf(e.getMessage());
            warning.warn(
                    "records: cannot spool "
                            + batch.size()
                            + " record(s) to "
                            + spool.where()
                            + ": "
                            + problem
                            + "; retrying");
            Thread.sleep(backoff.failed().toMillis());
            return false;
        }
    }

    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Spools what is queued, trying until {@code deadlineNanos}, and ends. */
    void finish(long deadlineNanos) {
        deadline = deadlineNanos;
        finishing = true;
        try {
            join(
                    Math.max(
                            1,
                            TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())
                                    + POLL_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
