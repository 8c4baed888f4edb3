package dev.tpmfaqbot.store;

import dev.tpmfaqbot.store.Store.ClickCount;
import dev.tpmfaqbot.store.Store.DayBand;
import dev.tpmfaqbot.store.Store.PlatformCount;
import dev.tpmfaqbot.store.Store.Traffic;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what the owner's page charts: counts grouped in the database, so only a few rows come back.
 */
final class TrafficQuery {
    private final Jdbc jdbc;

    TrafficQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Traffic since(Instant since) {
        long from = Columns.millis(since);
        List<Counted> counts = counts(from);
        return new Traffic(since, perDay(counts), platforms(counts), clicks(from));
    }

    private record Counted(long day, String band, String platform, long count) {}

    /**
     * One pass over the period (on an index that holds every column read): questions per UTC day
     * (epoch milliseconds divided by 86,400,000, integer division in both databases), band and
     * platform.
     */
    private List<Counted> counts(long from) {
        return jdbc.query(
                "counting questions per day",
                """
                SELECT day, band, platform, COUNT(*) FROM (
                    SELECT asked_at / 86400000 AS day, band, platform FROM question WHERE asked_at >= ?
                ) AS asked
                GROUP BY day, band, platform""",
                row ->
                        new Counted(
                                row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)),
                from);
    }

    private static List<DayBand> perDay(List<Counted> counts) {
        Map<List<Object>, Long> summed =
                counts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        c -> List.of(c.day(), c.band()),
                                        HashMap::new,
                                        Collectors.summingLong(Counted::count)));
        return summed.entrySet().stream()
                .map(
                        e ->
                                new DayBand(
                                        (Long) e.getKey().get(0),
                                        (String) e.getKey().get(1),
                                        e.getValue()))
                .sorted(Comparator.comparingLong(DayBand::day).thenComparing(DayBand::band))
                .toList();
    }

    private static List<PlatformCount> platforms(List<Counted> counts) {
        Map<String, Long> summed =
                counts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Counted::platform, Collectors.summingLong(Counted::count)));
        return summed.entrySet().stream()
                .map(e -> new PlatformCount(e.getKey(), e.getValue()))
                .sorted(
                        Comparator.comparingLong(PlatformCount::count)
                                .reversed()
                                .thenComparing(PlatformCount::platform))
                .toList();
    }

    private List<ClickCount> clicks(long from) {
        return jdbc.query(
                "reading did-you-mean clicks",
                """
                SELECT text, clicked_key, COUNT(*) AS clicked, MAX(clicked_at),
                       SUM(CASE WHEN via = 'rephrased' THEN 1 ELSE 0 END)
                FROM suggestion_click
                WHERE clicked_at >= ?
                GROUP BY text, clicked_key
                ORDER BY clicked DESC, clicked_key, text""",
                row ->
                        new ClickCount(
                                row.getString(1),
                                row.getString(2),
                                row.getLong(3),
                                Instant.ofEpochMilli(row.getLong(4)),
                                row.getLong(5)),
                from);
    }
}
