package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that writes spooled records to the database, a batch per transaction, and takes them
 * off the spool once committed. A failure (the database down, a full disk) is retried with backoff,
 * forever while running: the records wait in the spool.
 */
final class Committer extends Thread {
    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Committer.class);
    private static final long IDLE_MILLIS = 500;
    private static final long CLOSING_RETRY_MILLIS = 250;

    private final Store store;
    private final RecordSpool spool;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    private final ThrottledWarning warning = new ThrottledWarning(log, Duration.ofSeconds(30));
    private final Object spooled = new Object();
    private volatile String problem;
    private volatile boolean finishing;
    private volatile long deadline;

    Committer(Store store, RecordSpool spool) {
        super("record-committer");
        setDaemon(true);
        this.store = store;
        this.spool = spool;
    }

    @Override
    public void run() {
        try {
            while (!finishing || (spool.size() > 0 && System.nanoTime() < deadline)) {
                RecordSpool.Chunk chunk = spool.peek(BATCH);
                if (chunk.isEmpty()) {
                    idle();
                } else {
                    commit(chunk);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            problem = "cannot read the spool " + spool.where() + ": " + e.getMessage();
            log.error("records: {}; no more records are written until a restart", problem);
        }
    }

    private void commit(RecordSpool.Chunk chunk) throws IOException, InterruptedException {
        try {
            store.recordAll(chunk.records());
        } catch (RuntimeException | AssertionError e) {
            // AssertionError: with assertions on (tests), the PostgreSQL driver asserts on a
            // connection that was cut
            problem = String.valueOf(e.getMessage());
            Duration wait = backoff.failed();
            warning.warn(
                    "records: cannot write "
                            + chunk.records().size()
                            + " record(s) to the database: "
                            + problem
                            + "; "
                            + spool.size()
                            + " waiting in "
                            + spool.where()
                            + "; retrying in "
                            + wait.toMillis()
                            + " ms");
            pause(wait.toMillis());
            return;
        }
        spool.remove(chunk);
        if (problem != null) {
            log.info("records: the database takes records again; {} waiting", spool.size());
        }
        problem = null;
        backoff.succeeded();
    }

    private void idle() throws InterruptedException {
        synchronized (spooled) {
            if (!finishing && spool.size() == 0) {
                spooled.wait(IDLE_MILLIS);
            }
        }
    }

    /** Waits before a retry, whatever is spooled meanwhile; once closing starts, briefly. */
    private void pause(long millis) throws InterruptedException {
        boolean wasFinishing = finishing;
        long until =
                System.nanoTime()
                        + TimeUnit.MILLISECONDS.toNanos(
                                wasFinishing ? Math.min(millis, CLOSING_RETRY_MILLIS) : millis);
        synchronized (spooled) {
            for (long left = until - System.nanoTime();
                    left > 0 && finishing == wasFinishing;
                    left = until - System.nanoTime()) {
                spooled.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Called when records were spooled. */
    void wake() {
        synchronized (spooled) {
            spooled.notifyAll();
        }
    }

    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes what is spooled, until {@code deadlineNanos} at most, and ends. */
    void finish(long deadlineNanos) {
        deadline = deadlineNanos;
        finishing = true;
        wake();
        try {
            join(
                    Math.max(
                            1,
                            TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())
                                    + 1_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
