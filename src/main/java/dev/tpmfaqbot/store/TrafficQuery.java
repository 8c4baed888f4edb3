package dev.tpmfaqbot.store;

import dev.tpmfaqbot.store.Store.ClickCount;
import dev.tpmfaqbot.store.Store.DayBand;
import dev.tpmfaqbot.store.Store.PlatformCount;
import dev.tpmfaqbot.store.Store.Traffic;
import java.time.Instant;
import java.util.List;

/** Reads what the owner's page charts: counts grouped in the database, so only a few rows come back. */
final class TrafficQuery {
    private final Jdbc jdbc;

    TrafficQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Traffic since(Instant since) {
        long from = Columns.millis(since);
        return new Traffic(since, perDay(from), platforms(from), clicks(from));
    }

    /** Days are UTC days: epoch milliseconds divided by 86,400,000 (integer division in both databases). */
    private List<DayBand> perDay(long from) {
        return jdbc.query("reading questions per day", """
                SELECT day, band, COUNT(*) FROM (
                    SELECT asked_at / 86400000 AS day, band FROM question WHERE asked_at >= ?
                ) AS asked
                GROUP BY day, band
                ORDER BY day, band""",
                row -> new DayBand(row.getLong(1), row.getString(2), row.getLong(3)), from);
    }

    private List<PlatformCount> platforms(long from) {
        return jdbc.query("reading questions per platform", """
                SELECT platform, COUNT(*) AS asked FROM question
                WHERE asked_at >= ?
                GROUP BY platform
                ORDER BY asked DESC, platform""",
                row -> new PlatformCount(row.getString(1), row.getLong(2)), from);
    }

    private List<ClickCount> clicks(long from) {
        return jdbc.query("reading did-you-mean clicks", """
                SELECT text, clicked_key, COUNT(*) AS clicked, MAX(clicked_at) FROM suggestion_click
                WHERE clicked_at >= ?
                GROUP BY text, clicked_key
                ORDER BY clicked DESC, clicked_key, text""",
                row -> new ClickCount(row.getString(1), row.getString(2), row.getLong(3), Instant.ofEpochMilli(row.getLong(4))),
                from);
    }
}
