package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.service.AnsweringPool;
import dev.tpmfaqbot.service.FaqService;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after Slack has its acknowledgement: Slack gives an app three seconds to acknowledge,
 * so handlers only hand work over here and return. A delivery is first claimed in the database, so
 * that it is handled once across replicas and replays; composing an answer then waits its turn on
 * the core's answering pool (each user their fair share, a deadline per question); sending waits on
 * the network (and on rate limits) and gets threads of its own.
 */
final class AfterAck {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);
    static final String BUSY =
            "I have several of your questions in hand already. Ask again once they are answered.";
    private static final int SENDERS = 16;
    private static final int QUEUE = 10_000;

    private final FaqService faq;
    private final ThreadPoolExecutor sending = pool("slack-send", SENDERS);
    private final AtomicInteger inHand = new AtomicInteger();

    AfterAck(FaqService faq) {
        this.faq = faq;
    }

    /**
     * What is done, for which Slack user, and the delivery it handles (null: nothing to claim). A
     * question's asker is told when it is refused for being one too many; a click's is not.
     */
    record Job(String what, String user, String deliveryKey, boolean tellWhenBusy) {
        static Job question(String what, String user, String deliveryKey) {
            return new Job(what, user, deliveryKey, true);
        }

        static Job silent(String what, String user, String deliveryKey) {
            return new Job(what, user, deliveryKey, false);
        }
    }

    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface Send {
        void send(SlackMessage message) throws Exception;
    }

    /** Claims the delivery, composes a message in turn (null: nothing to say), then sends it. */
    void answer(Job job, Callable<SlackMessage> compose, Send send) {
        answer(job, null, compose, send);
    }

    /**
     * Like {@link #answer(Job, Callable, Send)}, with {@code claimed} run once the delivery is ours
     * and before composing (e.g. "looking it up…" in an assistant thread); its failure is logged,
     * not fatal.
     */
    void answer(Job job, Task claimed, Callable<SlackMessage> compose, Send send) {
        inHand.incrementAndGet();
        CompletableFuture<Boolean> ours;
        try {
            ours =
                    job.deliveryKey() == null && claimed == null
                            ? CompletableFuture.completedFuture(true)
                            : CompletableFuture.supplyAsync(
                                    () -> claim(job) && ran(job, claimed), sending);
        } catch (RejectedExecutionException e) {
            inHand.decrementAndGet();
            log.warn(
                    "slack: {} dropped: shutting down, or {} tasks already waiting",
                    job.what(),
                    sending.getQueue().size());
            return;
        }
        ours.thenCompose(
                        first ->
                                first
                                        ? faq.inTurn(
                                                SlackAdapter.PLATFORM + ":" + job.user(),
                                                () -> call(compose))
                                        : CompletableFuture.<SlackMessage>completedFuture(null))
                .thenAcceptAsync(
                        message -> {
                            if (message != null) {
                                call(
                                        () -> {
                                            send.send(message);
                                            return null;
                                        });
                            }
                        },
                        sending)
                .whenComplete(
                        (done, failure) -> {
                            inHand.decrementAndGet();
                            if (failure != null) {
                                notDone(job, failure, send);
                            }
                        });
    }

    private boolean claim(Job job) {
        return job.deliveryKey() == null || faq.firstDelivery(job.deliveryKey());
    }

    private static boolean ran(Job job, Task task) {
        if (task != null) {
            try {
                task.run();
            } catch (Exception e) {
                log.info(
                        "slack: {}: a step before answering failed: {}",
                        job.what(),
                        e.getMessage());
            }
        }
        return true;
    }

    private void notDone(Job job, Throwable failure, Send send) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
        if (cause instanceof AnsweringPool.Busy || cause instanceof TimeoutException) {
            log.info("slack: {} not answered: {}", job.what(), cause.getMessage());
            if (job.tellWhenBusy() && cause instanceof AnsweringPool.Busy) {
                execute(job.what(), () -> send.send(SlackMessages.notice(BUSY)));
            }
        } else if (cause instanceof RuntimeException && !(cause instanceof CompletionException)) {
            log.warn("slack: {} failed", job.what(), cause);
        } else {
            log.warn("slack: {} failed: {}", job.what(), cause.getMessage());
        }
    }

    /**
     * The sending threads, for Bolt's assistant middleware to run its handlers on: they only hand
     * work over here.
     */
    ExecutorService executor() {
        return sending;
    }

    /** Work that waits on Slack or the database. */
    void send(String what, Task task) {
        execute(what, task);
    }

    /**
     * Sends here and returns the outcome, e.g. for a caller that must not be interrupted halfway
     * through a post.
     */
    Future<Void> submit(Task task) {
        return sending.submit(
                () -> {
                    task.run();
                    return null;
                });
    }

    /**
     * Waits up to {@code grace} for the work in hand (answers being claimed, composed or sent),
     * then takes no more.
     */
    void stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (inHand.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sending.shutdown();
        try {
            if (!sending.awaitTermination(
                    Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                log.warn(
                        "slack: {} tasks unfinished at shutdown",
                        sending.getQueue().size() + sending.getActiveCount());
                sending.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sending.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> compose) {
        try {
            return compose.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private void execute(String what, Task task) {
        try {
            sending.execute(
                    () -> {
                        try {
                            task.run();
                        } catch (RuntimeException e) {
                            log.warn("slack: {} failed", what, e);
                        } catch (Exception e) {
                            log.warn("slack: {} failed: {}", what, e.getMessage());
                        }
                    });
        } catch (RejectedExecutionException e) {
            log.warn(
                    "slack: {} dropped: {} tasks already waiting, or shutting down",
                    what,
                    sending.getQueue().size());
        }
    }

    private static ThreadPoolExecutor pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        60,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(QUEUE),
                        r -> {
                            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
