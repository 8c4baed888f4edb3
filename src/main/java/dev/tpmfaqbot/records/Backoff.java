package dev.tpmfaqbot.records;

import java.time.Duration;

/** Waits that double after each failure, up to a maximum, and start again after a success. */
final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The wait before the next attempt; doubles the one after. */
    Duration failed() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }

    void succeeded() {
        next = first;
    }
}
