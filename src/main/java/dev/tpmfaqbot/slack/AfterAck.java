package dev.tpmfaqbot.slack;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after Slack has its acknowledgement: answering, the database, Web API posts. Slack
 * gives an app three seconds to acknowledge, so handlers only queue work here and return.
 * The threads mostly wait on the network (and on rate limits), hence more of them than cores.
 */
final class AfterAck {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);
    private static final int THREADS = 16;
    private static final int QUEUE = 10_000;

    private final ThreadPoolExecutor executor;

    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    AfterAck() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    void run(String what, Task task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("slack: {} failed", what, e);
                } catch (Exception e) {
                    log.warn("slack: {} failed: {}", what, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("slack: {} dropped: {} tasks already waiting, or shutting down", what, executor.getQueue().size());
        }
    }

    /** Runs a task here and returns its outcome, e.g. for a caller that must not be interrupted halfway through a post. */
    Future<Void> submit(Task task) {
        return executor.submit(() -> {
            task.run();
            return null;
        });
    }

    /** Takes no more work and waits up to {@code grace} for the work in hand. */
    void stop(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("slack: {} tasks unfinished at shutdown", executor.getQueue().size() + executor.getActiveCount());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
