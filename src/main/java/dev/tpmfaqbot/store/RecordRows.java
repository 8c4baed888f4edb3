package dev.tpmfaqbot.store;

import static dev.tpmfaqbot.store.Columns.millis;
import static dev.tpmfaqbot.store.Columns.text;

import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Store.Recorded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Questions and feedback as rows: written in batches, one transaction per batch, each row at most
 * once whatever the number of attempts (its record id is unique); deleted when older than the
 * retention period.
 */
final class RecordRows {
    private static final String INSERT_QUESTION = """
            INSERT INTO question (record_id, text, best_key, confidence, answered, platform, asked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_FEEDBACK = """
            INSERT INTO feedback (record_id, answer_key, helpful, platform, given_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final Jdbc jdbc;

    RecordRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<Recorded> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.inTransaction("recording " + records.size() + " question(s) and feedback", connection -> {
            try (PreparedStatement questions = connection.prepareStatement(INSERT_QUESTION);
                 PreparedStatement feedback = connection.prepareStatement(INSERT_FEEDBACK)) {
                for (Recorded recorded : records) {
                    if (recorded.record() instanceof AskedQuestion question) {
                        add(questions, recorded.id(), text(question.text()), text(question.bestKey()), question.confidence(),
                                question.answered(), text(question.platform()), millis(question.at()));
                    } else if (recorded.record() instanceof Feedback given) {
                        add(feedback, recorded.id(), text(given.key()), given.helpful(), text(given.platform()), millis(given.at()));
                    }
                }
                questions.executeBatch();
                feedback.executeBatch();
            }
        });
    }

    long deleteBefore(Instant cutoff) {
        long[] deleted = new long[1];
        jdbc.inTransaction("deleting records older than the retention period", connection -> {
            deleted[0] = delete(connection, "DELETE FROM question WHERE asked_at < ?", millis(cutoff))
                    + delete(connection, "DELETE FROM feedback WHERE given_at < ?", millis(cutoff));
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
