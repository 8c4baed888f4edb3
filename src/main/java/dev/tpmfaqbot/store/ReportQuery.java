package dev.tpmfaqbot.store;

import dev.tpmfaqbot.store.Store.KeyCount;
import dev.tpmfaqbot.store.Store.KeyFeedback;
import dev.tpmfaqbot.store.Store.Report;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Reads what content owners need to know since a time. */
final class ReportQuery {
    /** Least helpful first: the keys whose content most needs work. */
    private static final Comparator<KeyFeedback> NEEDS_WORK_FIRST =
            Comparator.comparingLong(KeyFeedback::notHelpful)
                    .reversed()
                    .thenComparingDouble(KeyFeedback::helpfulRatio)
                    .thenComparing(KeyFeedback::key);

    private final Jdbc jdbc;

    ReportQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Report since(Instant since) {
        long from = Columns.millis(since);
        return new Report(
                since, mostAsked(from), QuestionGroups.of(unanswered(from)), feedback(from));
    }

    /** Answered questions per key, most first. */
    private List<KeyCount> mostAsked(long from) {
        return jdbc.query(
                "reading the most asked keys",
                """
                SELECT best_key, COUNT(*) AS asked FROM question
                WHERE asked_at >= ? AND answered = ?
                GROUP BY best_key
                ORDER BY asked DESC, best_key""",
                row -> new KeyCount(row.getString(1), row.getLong(2)),
                from,
                true);
    }

    /**
     * The questions whose text was kept (not answered, or answered with low confidence), the same
     * text and guess counted in the database, so that a popular question is one row.
     */
    private List<QuestionGroups.Asked> unanswered(long from) {
        return jdbc.query(
                "reading unanswered questions",
                """
                SELECT text, best_key, AVG(confidence), MAX(asked_at) AS last_asked, COUNT(*) FROM question
                WHERE asked_at >= ? AND text <> ''
                GROUP BY text, best_key
                ORDER BY last_asked""",
                row ->
                        new QuestionGroups.Asked(
                                row.getString(1),
                                row.getString(2),
                                row.getDouble(3),
                                row.getLong(4),
                                row.getLong(5)),
                from);
    }

    private List<KeyFeedback> feedback(long from) {
        return jdbc
                .query(
                        "reading feedback",
                        """
                SELECT answer_key,
                       SUM(CASE WHEN helpful THEN 1 ELSE 0 END),
                       SUM(CASE WHEN helpful THEN 0 ELSE 1 END)
                FROM feedback
                WHERE given_at >= ?
                GROUP BY answer_key""",
                        row -> new KeyFeedback(row.getString(1), row.getLong(2), row.getLong(3)),
                        from)
                .stream()
                .sorted(NEEDS_WORK_FIRST)
                .toList();
    }
}
