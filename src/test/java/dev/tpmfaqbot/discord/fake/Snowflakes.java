package dev.tpmfaqbot.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since 2015 in the high bits. JDA reads the time back out of them (an
 * interaction token expires 15 minutes after its id's time), so fakes must mint ids "now".
 */
public final class Snowflakes {
    public static final long DISCORD_EPOCH = 1420070400000L;

    // the low 22 bits are a process-wide counter, so ids minted in the same millisecond differ
    private static final AtomicLong COUNTER = new AtomicLong();

    private Snowflakes() {}

    /** A fresh id carrying the current time. */
    public static long next() {
        return at(Instant.now());
    }

    /** A fresh id carrying the given time. */
    public static long at(Instant time) {
        return compose(time.toEpochMilli() - DISCORD_EPOCH);
    }

    /**
     * A fresh id (a guild id, say) that Discord routes to the given shard: {@code (id >> 22) %
     * count == shard}.
     */
    public static long forShard(int shard, int shardCount) {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return compose(millis - Math.floorMod(millis - shard, shardCount));
    }

    public static int shardOf(long id, int shardCount) {
        return (int) ((id >>> 22) % shardCount);
    }

    public static Instant timeOf(long id) {
        return Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH);
    }

    private static long compose(long millisSinceEpoch) {
        return (millisSinceEpoch << 22) | (COUNTER.incrementAndGet() & 0x3FFFFF);
    }
}
