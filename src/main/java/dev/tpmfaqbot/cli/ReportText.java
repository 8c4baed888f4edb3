package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.store.Store.KeyCount;
import dev.tpmfaqbot.store.Store.KeyFeedback;
import dev.tpmfaqbot.store.Store.Report;
import dev.tpmfaqbot.store.Store.UnansweredGroup;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The report for people reading a terminal. */
final class ReportText {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");
    private static final int EXAMPLE_CHARS = 100;

    private ReportText() {}

    /** Text people typed (questions) and keys are printed with control characters escaped. */
    static void print(
            PrintWriter out,
            Report report,
            String database,
            ZoneId zone,
            int limit,
            int retentionDays) {
        out.printf(
                "Since %s, from the %s%n",
                WHEN.format(report.since().atZone(zone)), TerminalText.safe(database));
        out.printf(
                "Kept: questions and feedback for %d days (RETENTION_DAYS), then deleted; onboarding deliveries for good%n",
                retentionDays);

        out.printf("%nMost asked (answered questions per key)%n");
        List<KeyCount> asked = Limit.first(report.mostAsked(), limit);
        asked.forEach(key -> out.printf("%7d  %s%n", key.count(), TerminalText.safe(key.key())));
        footer(out, asked.size(), report.mostAsked().size());

        out.printf(
                "%nNot answered, or answered with low confidence (near-identical questions counted together)%n");
        List<UnansweredGroup> unanswered = Limit.first(report.unanswered(), limit);
        for (UnansweredGroup group : unanswered) {
            out.printf("%7d  %s%n", group.count(), oneLine(group.example()));
            out.printf(
                    "         best guess %s (%.2f)%n",
                    TerminalText.safe(group.bestGuessKey()), group.bestGuessConfidence());
        }
        footer(out, unanswered.size(), report.unanswered().size());

        out.printf("%nFeedback per key (least helpful first)%n");
        List<KeyFeedback> feedback = Limit.first(report.feedback(), limit);
        if (!feedback.isEmpty()) {
            out.printf("%7s  %7s  %5s  %s%n", "helpful", "not", "ratio", "key");
        }
        feedback.forEach(
                key ->
                        out.printf(
                                "%7d  %7d  %4.0f%%  %s%n",
                                key.helpful(),
                                key.notHelpful(),
                                key.helpfulRatio() * 100,
                                TerminalText.safe(key.key())));
        footer(out, feedback.size(), report.feedback().size());
    }

    private static void footer(PrintWriter out, int shown, int total) {
        if (total == 0) {
            out.println("      none");
        } else if (shown < total) {
            out.printf("      … and %d more (--limit 0 shows all)%n", total - shown);
        }
    }

    private static String oneLine(String text) {
        String line = TerminalText.safe(text.replaceAll("[ \\t\\n\\r\\f\\x0B]+", " ").strip());
        return line.length() <= EXAMPLE_CHARS ? line : line.substring(0, EXAMPLE_CHARS - 1) + "…";
    }
}
