package dev.tpmfaqbot.store;

import static dev.tpmfaqbot.store.Columns.millis;
import static dev.tpmfaqbot.store.Columns.text;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store on a SQLite file or a PostgreSQL server, with the same SQL for both. Claims are an
 * insert that a unique key lets through once (ON CONFLICT DO NOTHING), never a check then an
 * insert.
 */
final class JdbcStore implements Store {
    private static final int REACHABLE_WAIT_SECONDS = 2;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final SeriesSteps series;
    private final HandledOnce handledOnce;
    private final RecordRows recordRows;

    JdbcStore(HikariDataSource pool) {
        this.pool = pool;
        this.jdbc = new Jdbc(pool);
        this.series = new SeriesSteps(jdbc);
        this.handledOnce = new HandledOnce(jdbc);
        this.recordRows = new RecordRows(jdbc);
    }

    @Override
    public boolean claimDelivery(Delivery delivery) {
        return jdbc.update(
                        "claiming an onboarding delivery",
                        """
                INSERT INTO onboarding_delivery (platform, workspace, channel, user_id, step, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                        text(delivery.platform()),
                        text(delivery.workspace()),
                        text(delivery.channel()),
                        text(delivery.user()),
                        text(delivery.step()),
                        millis(delivery.at()))
                == 1;
    }

    @Override
    public void releaseDelivery(Delivery delivery) {
        jdbc.update(
                "giving back an onboarding delivery",
                """
                DELETE FROM onboarding_delivery
                WHERE platform = ? AND workspace = ? AND channel = ? AND user_id = ? AND step = ?""",
                text(delivery.platform()),
                text(delivery.workspace()),
                text(delivery.channel()),
                text(delivery.user()),
                text(delivery.step()));
    }

    /** Whether that delivery was already claimed (for checks; the bot itself only claims). */
    boolean isDelivered(Delivery delivery) {
        return jdbc.count(
                        "looking up an onboarding delivery",
                        """
                SELECT COUNT(*) FROM onboarding_delivery
                WHERE platform = ? AND workspace = ? AND channel = ? AND user_id = ? AND step = ?""",
                        text(delivery.platform()),
                        text(delivery.workspace()),
                        text(delivery.channel()),
                        text(delivery.user()),
                        text(delivery.step()))
                > 0;
    }

    @Override
    public boolean claimOnce(String key, Instant now, Instant expires) {
        return handledOnce.claim(text(key), millis(now), millis(expires));
    }

    @Override
    public void recordAll(List<Recorded> records) {
        recordRows.write(records);
    }

    @Override
    public long purgeRecordsBefore(Instant cutoff) {
        return recordRows.deleteBefore(cutoff);
    }

    @Override
    public Optional<Integer> claimNextSeriesStep(
            String platform, String workspace, String channel, Instant slot, int steps) {
        return series.claimNext(
                new SeriesSteps.Channel(text(platform), text(workspace), text(channel)),
                millis(slot),
                steps);
    }

    @Override
    public void releaseSeriesStep(String platform, String workspace, String channel, Instant slot) {
        series.release(
                new SeriesSteps.Channel(text(platform), text(workspace), text(channel)),
                millis(slot));
    }

    /** How far a channel's series has got: the number of steps posted (for checks). */
    int seriesStepsPosted(String platform, String workspace, String channel) {
        return series.posted(
                new SeriesSteps.Channel(text(platform), text(workspace), text(channel)));
    }

    @Override
    public Report report(Instant since) {
        return new ReportQuery(jdbc).since(since);
    }

    @Override
    public Traffic traffic(Instant since) {
        return new TrafficQuery(jdbc).since(since);
    }

    @Override
    public boolean acceptPhrasing(String key, String text, Instant at) {
        return jdbc.update(
                        "accepting a phrasing",
                        """
                INSERT INTO accepted_phrasing (answer_key, text, accepted_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""",
                        text(key),
                        text(text),
                        millis(at))
                == 1;
    }

    @Override
    public List<AcceptedPhrasing> acceptedPhrasings() {
        return jdbc.query(
                "reading accepted phrasings",
                "SELECT answer_key, text, accepted_at FROM accepted_phrasing ORDER BY accepted_at, answer_key, text",
                row ->
                        new AcceptedPhrasing(
                                row.getString(1),
                                row.getString(2),
                                Instant.ofEpochMilli(row.getLong(3))));
    }

    @Override
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(REACHABLE_WAIT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
