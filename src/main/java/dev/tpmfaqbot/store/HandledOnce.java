package dev.tpmfaqbot.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims with an expiry: the first claim of a key wins until it expires, whichever replica asks.
 * An expired claim is deleted before claiming, so the key can be claimed again; every
 * {@link #SWEEP_EVERY}th claim also deletes all expired rows, so the table stays small.
 */
final class HandledOnce {
    static final int SWEEP_EVERY = 500;

    private final Jdbc jdbc;
    private final AtomicLong claims = new AtomicLong();

    HandledOnce(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(String key, long nowMillis, long expiresMillis) {
        if (claims.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.update("deleting expired claims", "DELETE FROM handled_once WHERE expires_at <= ?", nowMillis);
        } else {
            jdbc.update("deleting an expired claim", "DELETE FROM handled_once WHERE claim_key = ? AND expires_at <= ?",
                    key, nowMillis);
        }
        return jdbc.update("claiming a delivery", "INSERT INTO handled_once (claim_key, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                key, expiresMillis) == 1;
    }
}
