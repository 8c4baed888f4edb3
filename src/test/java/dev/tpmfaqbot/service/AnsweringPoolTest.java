package dev.tpmfaqbot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The mechanism that keeps one asker's burst from starving others, and bounds each question's time.
 */
@Timeout(30)
class AnsweringPoolTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private AnsweringPool pool;

    @AfterEach
    void stop() {
        release.countDown();
        pool.close(Duration.ofSeconds(5));
    }

    private String blocked() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return "slow answer";
    }

    @Test
    void oneAskersBurstIsRefusedBeyondItsShareWhileOthersAreServed() throws Exception {
        pool = new AnsweringPool(4, 3, Duration.ofSeconds(20));
        List<CompletableFuture<String>> mallory = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            mallory.add(pool.submit("slack:MALLORY", this::blocked));
        }
        assertEquals(3, pool.pending("slack:MALLORY"), "three in hand");
        for (CompletableFuture<String> refused : mallory.subList(3, 10)) {
            ExecutionException e =
                    assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
            assertInstanceOf(AnsweringPool.Busy.class, e.getCause());
        }

        assertEquals(
                "alice's answer",
                pool.submit("discord:ALICE", () -> "alice's answer").get(10, TimeUnit.SECONDS),
                "a thread is left for someone else");

        release.countDown();
        for (CompletableFuture<String> answered : mallory.subList(0, 3)) {
            assertEquals("slow answer", answered.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void anAskersShareComesBackOnceTheirQuestionsAreAnswered() throws Exception {
        pool = new AnsweringPool(2, 1, Duration.ofSeconds(20));
        assertEquals(
                "first", pool.submit("http:10.0.0.1", () -> "first").get(10, TimeUnit.SECONDS));
        awaitNothingPending("http:10.0.0.1");
        assertEquals(
                "second", pool.submit("http:10.0.0.1", () -> "second").get(10, TimeUnit.SECONDS));
    }

    @Test
    void aQuestionPastItsDeadlineFailsAndItsThreadIsInterrupted() throws Exception {
        pool = new AnsweringPool(1, 3, Duration.ofMillis(200));
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> stuck =
                pool.submit(
                        "slack:U1",
                        () -> {
                            String outcome = blocked();
                            if (outcome.equals("interrupted")) {
                                interrupted.countDown();
                            }
                            return outcome;
                        });
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> stuck.get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the worker was interrupted");
        assertEquals(
                "next",
                pool.submit("slack:U2", () -> "next").get(10, TimeUnit.SECONDS),
                "the thread is free again");
    }

    @Test
    void aQuestionThatIgnoresItsDeadlineKeepsTheAskersShareUntilItStops() throws Exception {
        pool = new AnsweringPool(2, 1, Duration.ofMillis(100));
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<String> stubborn =
                pool.submit(
                        "slack:U1",
                        () -> {
                            while (stop.getCount() > 0) {
                                Thread.onSpinWait(); // ignores interrupts, as CPU-bound work does
                            }
                            return "late";
                        });
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> stubborn.get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
        CompletableFuture<String> another = pool.submit("slack:U1", () -> "another");
        ExecutionException refused =
                assertThrows(ExecutionException.class, () -> another.get(10, TimeUnit.SECONDS));
        assertInstanceOf(
                AnsweringPool.Busy.class,
                refused.getCause(),
                "still computing: no new question from the same asker");

        stop.countDown();
        awaitNothingPending("slack:U1");
        assertEquals("now", pool.submit("slack:U1", () -> "now").get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureReachesTheCallerAndFreesTheShare() throws Exception {
        pool = new AnsweringPool(1, 1, Duration.ofSeconds(20));
        CompletableFuture<String> failing =
                pool.submit(
                        "slack:U1",
                        () -> {
                            throw new IllegalStateException("boom");
                        });
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        awaitNothingPending("slack:U1");
    }

    private void awaitNothingPending(String asker) throws InterruptedException {
        for (int i = 0; i < 500 && pool.pending(asker) > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, pool.pending(asker));
    }
}
