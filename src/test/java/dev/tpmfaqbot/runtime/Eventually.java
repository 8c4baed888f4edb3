package dev.tpmfaqbot.runtime;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition until it holds or the time is up; returns how long it took. */
final class Eventually {
    private Eventually() {
    }

    static Duration within(Duration limit, String what, Callable<Boolean> condition) throws Exception {
        long start = System.nanoTime();
        while (!condition.call()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            Thread.sleep(25);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
