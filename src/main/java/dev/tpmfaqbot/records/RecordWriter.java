package dev.tpmfaqbot.records;

import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.Recorded;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes question and feedback records off the answering path, losing none. A record goes from a
 * small in-memory queue to the spool (a file synced to disk within about a second, so a kill -9
 * loses at most the records of the last second), and from the spool to the database in batches of
 * up to {@value Committer#BATCH}, one transaction each. While the database is down or slow the
 * spool grows and writing is retried with backoff; nothing is dropped unless the spool itself
 * cannot be written (a full disk) and the queue is full; then the caller waits up to {@link
 * #QUEUE_WAIT} first. Every problem is in {@link #problem()}, for {@code /readyz}.
 */
public final class RecordWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RecordWriter.class);
    static final int QUEUE = 10_000;
    static final Duration QUEUE_WAIT = Duration.ofSeconds(1);

    /** How long closing waits for the database to take what is spooled. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<Recorded> queue = new LinkedBlockingQueue<>(QUEUE);
    private final RecordSpool spool;
    private final Spooler spooler;
    private final Committer committer;
    private final AtomicLong dropped = new AtomicLong();

    /**
     * Queued or being spooled: counted until they are in the spool (briefly twice, never not at
     * all).
     */
    private final AtomicLong notSpooled = new AtomicLong();

    private final ThrottledWarning dropWarning = new ThrottledWarning(log, Duration.ofSeconds(30));
    private volatile boolean closed;

    RecordWriter(Store store, RecordSpool spool) {
        this.spool = spool;
        this.committer = new Committer(store, spool);
        this.spooler =
                new Spooler(
                        queue,
                        spool,
                        spooled -> {
                            notSpooled.addAndGet(-spooled);
                            committer.wake();
                        });
        spooler.start();
        committer.start();
    }

    /** Records spooled in memory only: lost when the process ends before the database took them. */
    public static RecordWriter inMemory(Store store) {
        return new RecordWriter(store, new MemorySpool());
    }

    /** Records spooled to {@code file}; what it holds from an earlier run is written first. */
    public static RecordWriter spooledTo(Store store, Path file) throws IOException {
        FileSpool spool = FileSpool.open(file);
        if (spool.size() > 0) {
            log.info("records: {} left in {} by an earlier run; writing them", spool.size(), file);
        }
        return new RecordWriter(store, spool);
    }

    /**
     * Queues a record; waits up to {@link #QUEUE_WAIT} when the queue is full, then drops it
     * (logged).
     */
    public void submit(Store.Record record) {
        Recorded recorded = Recorded.of(record);
        notSpooled.incrementAndGet();
        try {
            if (!closed && queue.offer(recorded, QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            notSpooled.decrementAndGet();
        } catch (InterruptedException e) {
            notSpooled.decrementAndGet();
            Thread.currentThread().interrupt();
        }
        long total = dropped.incrementAndGet();
        dropWarning.warn(
                "records: dropped a record ("
                        + total
                        + " so far): "
                        + (closed
                                ? "shutting down"
                                : "the queue is full and "
                                        + spooler.problem().orElse("the spool is behind")));
    }

    /** Records not in the database yet: queued, being spooled and spooled. */
    public long backlog() {
        return notSpooled.get() + spool.size();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Why records are not being written now; empty when they are. */
    public Optional<String> problem() {
        Optional<String> spooling =
                spooler.problem().map(p -> "records: cannot spool to " + spool.where() + ": " + p);
        Optional<String> writing =
                committer.problem().map(p -> "database: cannot write records (" + p + ")");
        Optional<String> problem = spooling.or(() -> writing);
        long lost = dropped.get();
        return problem.map(
                p ->
                        p
                                + "; "
                                + backlog()
                                + " waiting"
                                + (lost == 0 ? "" : ", " + lost + " dropped"));
    }

    /**
     * Spools what is queued, gives the database up to {@link #CLOSE_WAIT} to take it, and keeps the
     * rest in the spool.
     */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        spooler.finish(deadline);
        committer.finish(deadline);
        long left = spool.size();
        if (left > 0) {
            log.warn(
                    "records: {} not written to the database before stopping; {}",
                    left,
                    spool instanceof FileSpool
                            ? "kept in " + spool.where() + " for the next start"
                            : "lost");
        }
        try {
            spool.close();
        } catch (IOException e) {
            log.warn("records: closing {}: {}", spool.where(), e.getMessage());
        }
    }
}
