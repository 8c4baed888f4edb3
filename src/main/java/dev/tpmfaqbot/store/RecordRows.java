package dev.tpmfaqbot.store;

import static dev.tpmfaqbot.store.Columns.millis;
import static dev.tpmfaqbot.store.Columns.text;

import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Store.Recorded;
import dev.tpmfaqbot.store.Store.SuggestionClick;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Questions, feedback and did-you-mean clicks as rows: written in batches, one transaction per
 * batch, each row at most once whatever the number of attempts (its record id is unique); deleted
 * when older than the retention period.
 */
final class RecordRows {
    private static final String INSERT_QUESTION =
            """
            INSERT INTO question (record_id, text, best_key, confidence, answered, platform, asked_at, band)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_FEEDBACK =
            """
            INSERT INTO feedback (record_id, answer_key, helpful, platform, given_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_CLICK =
            """
            INSERT INTO suggestion_click (record_id, text, clicked_key, platform, clicked_at, via)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final Jdbc jdbc;

    RecordRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<Recorded> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.inTransaction(
                "recording " + records.size() + " question(s) and feedback",
                connection -> {
                    try (PreparedStatement questions =
                                    connection.prepareStatement(INSERT_QUESTION);
                            PreparedStatement feedback =
                                    connection.prepareStatement(INSERT_FEEDBACK);
                            PreparedStatement clicks = connection.prepareStatement(INSERT_CLICK)) {
                        for (Recorded recorded : records) {
                            if (recorded.record() instanceof AskedQuestion question) {
                                add(
                                        questions,
                                        recorded.id(),
                                        text(question.text()),
                                        text(question.bestKey()),
                                        question.confidence(),
                                        question.answered(),
                                        text(question.platform()),
                                        millis(question.at()),
                                        text(question.band()));
                            } else if (recorded.record() instanceof Feedback given) {
                                add(
                                        feedback,
                                        recorded.id(),
                                        text(given.key()),
                                        given.helpful(),
                                        text(given.platform()),
                                        millis(given.at()));
                            } else if (recorded.record() instanceof SuggestionClick click) {
                                add(
                                        clicks,
                                        recorded.id(),
                                        text(click.text()),
                                        text(click.key()),
                                        text(click.platform()),
                                        millis(click.at()),
                                        text(click.via()));
                            }
                        }
                        questions.executeBatch();
                        feedback.executeBatch();
                        clicks.executeBatch();
                    }
                });
    }

    long deleteBefore(Instant cutoff) {
        long[] deleted = new long[1];
        jdbc.inTransaction(
                "deleting records older than the retention period",
                connection -> {
                    deleted[0] =
                            delete(
                                            connection,
                                            "DELETE FROM question WHERE asked_at < ?",
                                            millis(cutoff))
                                    + delete(
                                            connection,
                                            "DELETE FROM feedback WHERE given_at < ?",
                                            millis(cutoff))
                                    + delete(
                                            connection,
                                            "DELETE FROM suggestion_click WHERE clicked_at < ?",
                                            millis(cutoff));
                });
        return deleted[0];
    }

    private static void add(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static long delete(Connection connection, String sql, long before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, before);
            return statement.executeUpdate();
        }
    }
}
