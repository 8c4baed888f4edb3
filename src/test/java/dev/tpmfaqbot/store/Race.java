package dev.tpmfaqbot.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts threads at the same moment, so that they really race, and waits for them all. */
final class Race {
    private Race() {}

    /** Runs {@code body} on {@code threads} threads at once; returns the milliseconds they took. */
    static long run(int threads, Body body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(
                        pool.submit(
                                () -> {
                                    ready.countDown();
                                    go.await();
                                    body.run(thread);
                                    return null;
                                }));
            }
            ready.await();
            long started = System.nanoTime();
            go.countDown();
            for (Future<?> future : running) {
                future.get(2, TimeUnit.MINUTES);
            }
            return Duration.ofNanos(System.nanoTime() - started).toMillis();
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface Body {
        void run(int thread) throws Exception;
    }
}
