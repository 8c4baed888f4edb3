package dev.tpmfaqbot.records;

import java.time.Duration;
import org.slf4j.Logger;

/** A warning logged at most once per interval, saying how many like it were left out meanwhile. */
final class ThrottledWarning {
    private final Logger log;
    private final long intervalNanos;
    private long lastLogged;
    private boolean loggedOnce;
    private int suppressed;

    ThrottledWarning(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    synchronized void warn(String message) {
        long now = System.nanoTime();
        if (loggedOnce && now - lastLogged < intervalNanos) {
            suppressed++;
            return;
        }
        log.warn(
                suppressed == 0
                        ? message
                        : message + " (" + suppressed + " more like this since the last one)");
        loggedOnce = true;
        lastLogged = now;
        suppressed = 0;
    }
}
