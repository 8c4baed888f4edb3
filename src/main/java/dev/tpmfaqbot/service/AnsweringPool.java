package dev.tpmfaqbot.service;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where questions are answered: a few threads of their own, so that acknowledgements, deferrals and
 * health checks never wait behind answering. Each asker may have {@code perAsker} questions waiting
 * or running; more are refused with {@link Busy} at once, so one person's burst cannot fill the
 * queue ahead of everyone else. A question not answered within {@code deadline} of being asked
 * fails with {@link TimeoutException} (its thread is interrupted); the asker's share comes back
 * only when the work has really stopped, so that questions which ignore the interrupt cannot pile
 * up.
 */
public final class AnsweringPool implements AutoCloseable {
    public static final Duration DEADLINE = Duration.ofSeconds(5);
    static final int PER_ASKER = 3;
    private static final int QUEUE = 1_000;

    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<String, Integer> pending = new ConcurrentHashMap<>();
    private final int perAsker;
    private final Duration deadline;

    /** Refused: this asker already has its share waiting, or everyone's queue is full. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    public AnsweringPool(int threadCount, int perAsker, Duration deadline) {
        this.perAsker = perAsker;
        this.deadline = deadline;
        AtomicInteger count = new AtomicInteger();
        this.threads =
                new ThreadPoolExecutor(
                        threadCount,
                        threadCount,
                        60,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(QUEUE),
                        r -> daemon(r, "answering-" + count.incrementAndGet()));
        this.threads.allowCoreThreadTimeOut(true);
        this.timer =
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "answering-deadline"));
    }

    /** One thread per core, at least two: answering uses the CPU and waits on nothing. */
    public static AnsweringPool forThisMachine() {
        return new AnsweringPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), PER_ASKER, DEADLINE);
    }

    /** Runs {@code work} for {@code asker} (e.g. "slack:U123"), in turn. */
    public <T> CompletableFuture<T> submit(String asker, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!admit(asker)) {
            result.completeExceptionally(
                    new Busy("already " + perAsker + " questions in hand for this asker"));
            return result;
        }
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release =
                () -> {
                    if (released.compareAndSet(false, true)) {
                        pending.computeIfPresent(
                                asker, (key, count) -> count <= 1 ? null : count - 1);
                    }
                };
        Future<?> running;
        try {
            running =
                    threads.submit(
                            () -> {
                                if (!started.compareAndSet(false, true)) {
                                    return; // given up while waiting in the queue
                                }
                                try {
                                    result.complete(work.get());
                                } catch (RuntimeException | Error e) {
                                    result.completeExceptionally(e);
                                } finally {
                                    release.run();
                                }
                            });
        } catch (RejectedExecutionException e) {
            release.run();
            result.completeExceptionally(new Busy("the answering queue is full"));
            return result;
        }
        timer.schedule(
                () -> {
                    if (result.completeExceptionally(
                            new TimeoutException(
                                    "not answered within " + deadline.toMillis() + " ms"))) {
                        if (started.compareAndSet(false, true)) {
                            release.run(); // it will never run
                        } else {
                            running.cancel(true);
                        }
                    }
                },
                deadline.toMillis(),
                TimeUnit.MILLISECONDS);
        return result;
    }

    /** Questions waiting or running for this asker now. */
    int pending(String asker) {
        return pending.getOrDefault(asker, 0);
    }

    private boolean admit(String asker) {
        boolean[] admitted = {false};
        pending.compute(
                asker,
                (key, count) -> {
                    int now = count == null ? 0 : count;
                    if (now >= perAsker) {
                        return count;
                    }
                    admitted[0] = true;
                    return now + 1;
                });
        return admitted[0];
    }

    /** Takes no more questions and waits up to {@code grace} for those in hand. */
    public void close(Duration grace) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
        timer.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
