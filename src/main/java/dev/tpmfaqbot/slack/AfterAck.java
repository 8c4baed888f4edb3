package dev.tpmfaqbot.slack;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after Slack has its acknowledgement: Slack gives an app three seconds to acknowledge,
 * so handlers only queue work here and return. Composing an answer uses the CPU and gets one thread
 * per core: more would only take CPU from the acknowledgements when many requests arrive at once.
 * Sending waits on the network (and on rate limits) and gets more threads.
 */
final class AfterAck {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);
    /** One core is left to acknowledging: Slack's 3 s deadline is hard, and answers can wait in line. */
    private static final int COMPOSERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private static final int SENDERS = 16;
    private static final int QUEUE = 10_000;

    private final ThreadPoolExecutor composing = pool("slack-compose", COMPOSERS);
    private final ThreadPoolExecutor sending = pool("slack-send", SENDERS);

    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface Send {
        void send(SlackMessage message) throws Exception;
    }

    /** Composes a message (null: nothing to say), then sends it. */
    void answer(String what, Callable<SlackMessage> compose, Send send) {
        execute(composing, what, () -> {
            SlackMessage message = compose.call();
            if (message != null) {
                execute(sending, what, () -> send.send(message));
            }
        });
    }

    /** Work that waits on Slack or the database. */
    void send(String what, Task task) {
        execute(sending, what, task);
    }

    /** Sends here and returns the outcome, e.g. for a caller that must not be interrupted halfway through a post. */
    Future<Void> submit(Task task) {
        return sending.submit(() -> {
            task.run();
            return null;
        });
    }

    /** Takes no more work and waits up to {@code grace} for the work in hand. */
    void stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        finish(composing, deadline);
        finish(sending, deadline);
    }

    private static void execute(ThreadPoolExecutor pool, String what, Task task) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("slack: {} failed", what, e);
                } catch (Exception e) {
                    log.warn("slack: {} failed: {}", what, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("slack: {} dropped: {} tasks already waiting, or shutting down", what, pool.getQueue().size());
        }
    }

    private static void finish(ThreadPoolExecutor pool, long deadline) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                log.warn("slack: {} tasks unfinished at shutdown", pool.getQueue().size() + pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    private static ThreadPoolExecutor pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
