package dev.tpmfaqbot.discord.fake;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a probe yields a value (non-null, and not {@code false}), or fails the test. */
final class Await {
    static final Duration DEFAULT = Duration.ofSeconds(10);

    private Await() {}

    static <T> T until(Duration timeout, Supplier<String> what, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what.get(), e);
            }
        }
    }
}
