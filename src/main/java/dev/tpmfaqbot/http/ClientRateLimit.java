package dev.tpmfaqbot.http;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address (Bucket4j): {@code perMinute} requests, refilled evenly over
 * the minute. The most recently seen {@link #CLIENTS} clients are remembered, so that many
 * addresses cannot fill memory; a client forgotten starts again with a full bucket.
 */
final class ClientRateLimit {
    static final int CLIENTS = 10_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > CLIENTS;
                }
            };

    ClientRateLimit(int perMinute, TimeMeter time) {
        this.perMinute = perMinute;
        this.time = time;
    }

    ClientRateLimit(int perMinute) {
        this(perMinute, TimeMeter.SYSTEM_NANOTIME);
    }

    /** True when the client may make one more request now. */
    boolean tryTake(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket =
                    buckets.computeIfAbsent(
                            client,
                            key ->
                                    Bucket.builder()
                                            .addLimit(
                                                    limit ->
                                                            limit.capacity(perMinute)
                                                                    .refillGreedy(
                                                                            perMinute,
                                                                            Duration.ofMinutes(1)))
                                            .withCustomTimePrecision(time)
                                            .build());
        }
        return bucket.tryConsume(1);
    }
}
