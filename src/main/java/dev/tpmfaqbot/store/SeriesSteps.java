package dev.tpmfaqbot.store;

import java.util.Optional;

/**
 * Explainer series progress. A claim inserts (channel, next step, slot); the primary key stops a
 * second claim of the same step and the unique slot stops a second step in the same slot, so two
 * replicas that both compute the same next step for the same slot end with one row.
 */
final class SeriesSteps {
    private final Jdbc jdbc;

    SeriesSteps(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The step claimed (counting from 0, the index in the series), or empty: slot taken, series
     * done.
     */
    Optional<Integer> claimNext(Channel channel, long slotMillis, int steps) {
        // Each lost race means another writer took a step, so this ends within `steps` rounds.
        for (int round = 0; round <= steps; round++) {
            int next = posted(channel);
            if (next >= steps) {
                return Optional.empty();
            }
            if (insert(channel, next, slotMillis)) {
                return Optional.of(next);
            }
            if (slotTaken(channel, slotMillis)) {
                return Optional.empty();
            }
            // Step `next` went to another slot in the meantime: try the step after it.
        }
        return Optional.empty();
    }

    /** Frees a slot's step: it was the last claimed, so it becomes the next one again. */
    void release(Channel channel, long slotMillis) {
        jdbc.update(
                "giving back a series step",
                "DELETE FROM series_step WHERE platform = ? AND workspace = ? AND channel = ? AND slot_at = ?",
                channel.platform(),
                channel.workspace(),
                channel.channel(),
                slotMillis);
    }

    int posted(Channel channel) {
        return (int)
                jdbc.count(
                        "reading series progress",
                        "SELECT COUNT(*) FROM series_step WHERE platform = ? AND workspace = ? AND channel = ?",
                        channel.platform(),
                        channel.workspace(),
                        channel.channel());
    }

    private boolean insert(Channel channel, int step, long slotMillis) {
        return jdbc.update(
                        "claiming a series step",
                        """
                INSERT INTO series_step (platform, workspace, channel, step, slot_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                        channel.platform(),
                        channel.workspace(),
                        channel.channel(),
                        step,
                        slotMillis)
                == 1;
    }

    private boolean slotTaken(Channel channel, long slotMillis) {
        return jdbc.count(
                        "reading series progress",
                        """
                SELECT COUNT(*) FROM series_step
                WHERE platform = ? AND workspace = ? AND channel = ? AND slot_at = ?""",
                        channel.platform(),
                        channel.workspace(),
                        channel.channel(),
                        slotMillis)
                > 0;
    }

    record Channel(String platform, String workspace, String channel) {}
}
