package dev.tpmfaqbot.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that writes records in order, off the answering path. The queue is bounded: if the
 * database is down long enough to fill it, the oldest records are dropped (and logged), never the
 * answers.
 */
final class BackgroundWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWriter.class);
    private static final int QUEUE = 10_000;
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final ThreadPoolExecutor executor;

    BackgroundWriter(String name) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        }, (dropped, pool) -> {
            log.warn("record queue full ({} waiting): dropping the oldest record", QUEUE);
            pool.getQueue().poll();
            pool.execute(dropped);
        });
    }

    void submit(Runnable write) {
        executor.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                log.warn("could not write a record: {}", e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("{} records not written before shutdown", executor.getQueue().size());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
