package dev.tpmfaqbot.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims with an expiry: the first claim of a key wins until it expires, whichever replica asks.
 * One statement per claim: a new key is inserted; an expired one is taken over (its expiry moved
 * on); a live one is left alone, and the claim fails. Every {@link #SWEEP_EVERY}th claim also
 * deletes the expired rows, so the table stays small.
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
            jdbc.update(
                    "deleting expired claims",
                    "DELETE FROM handled_once WHERE expires_at <= ?",
                    nowMillis);
        }
        return jdbc.update(
                        "claiming a delivery",
                        """
                INSERT INTO handled_once (claim_key, expires_at) VALUES (?, ?)
                ON CONFLICT (claim_key) DO UPDATE SET expires_at = excluded.expires_at
                WHERE handled_once.expires_at <= ?""",
                        key,
                        expiresMillis,
                        nowMillis)
                == 1;
    }
}
