package dev.tpmfaqbot.records;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that the code under test makes true in the background; fails with a description when it never does. */
final class Waiting {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Waiting() {
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
