package dev.tpmfaqbot.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-client token bucket, on a clock the test moves. */
class ClientRateLimitTest {
    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock =
            new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return nanos.get();
                }

                @Override
                public boolean isWallClockBased() {
                    return false;
                }
            };

    @Test
    void aBurstUpToTheLimitThenOneMorePerShareOfTheMinute() {
        ClientRateLimit limit = new ClientRateLimit(6, clock);
        for (int i = 0; i < 6; i++) {
            assertTrue(limit.tryTake("10.0.0.1"));
        }
        assertFalse(limit.tryTake("10.0.0.1"));
        assertTrue(limit.tryTake("10.0.0.2"), "another client has its own bucket");

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(limit.tryTake("10.0.0.1"), "a sixth of a minute refills one");
        assertFalse(limit.tryTake("10.0.0.1"));
    }

    @Test
    void onlyTheMostRecentClientsAreRemembered() {
        ClientRateLimit limit = new ClientRateLimit(1, clock);
        assertTrue(limit.tryTake("first"));
        assertFalse(limit.tryTake("first"));
        for (int i = 0; i < ClientRateLimit.CLIENTS; i++) {
            limit.tryTake("client-" + i);
        }
        assertTrue(
                limit.tryTake("first"), "forgotten, so a full bucket again: memory stays bounded");
    }
}
