package dev.tpmfaqbot;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for what the code under test does in the background, or fails the test saying what it
 * waited for. The one polling helper for every test.
 */
public final class Eventually {
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    /** For waits on a database or a disk that a loaded machine may make slow. */
    public static final Duration PATIENT = Duration.ofSeconds(120);

    private static final long POLL_MILLIS = 10;

    private Eventually() {}

    public static void until(String what, BooleanSupplier condition) {
        until(DEFAULT, () -> what, condition);
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, () -> what, condition);
    }

    public static void until(Duration timeout, Supplier<String> what, BooleanSupplier condition) {
        value(timeout, what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Polls until {@code probe} yields a value (not null, not {@code false}) and returns it. */
    public static <T> T value(Duration timeout, Supplier<String> what, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "timed out after " + timeout.toMillis() + " ms waiting for " + what.get());
            }
            pause(what);
        }
    }

    /** Like {@link #until}, for a check that may throw; returns how long the wait took. */
    public static Duration within(Duration timeout, String what, Callable<Boolean> condition) {
        long start = System.nanoTime();
        until(
                timeout,
                () -> what,
                () -> {
                    try {
                        return condition.call();
                    } catch (Exception e) {
                        throw new AssertionError("checking " + what + " failed", e);
                    }
                });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Watches for {@code wait} and fails if what must not happen does. */
    public static void never(String what, BooleanSupplier happened, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (happened.getAsBoolean()) {
                throw new AssertionError("unexpected: " + what);
            }
            pause(() -> what);
        }
    }

    private static void pause(Supplier<String> what) {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what.get(), e);
        }
    }
}
