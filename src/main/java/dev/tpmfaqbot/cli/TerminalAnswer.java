package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Link;
import java.util.List;
import java.util.Locale;

/** An answer laid out for a person reading a terminal. */
final class TerminalAnswer {
    private TerminalAnswer() {}

    static String format(Answer answer) {
        StringBuilder text = new StringBuilder();
        text.append(answer.title())
                .append(
                        String.format(
                                Locale.ROOT,
                                "   [%s, confidence %.2f]%n%n",
                                answer.key(),
                                answer.confidence()));
        text.append(answer.text().strip()).append('\n');
        appendLinks(text, "Did you mean", answer.suggestions());
        appendLinks(text, "Related", answer.followUps());
        if (!answer.sources().isEmpty()) {
            text.append("\nSources: ").append(String.join("; ", answer.sources())).append('\n');
        }
        return text.toString();
    }

    private static void appendLinks(StringBuilder text, String heading, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        text.append('\n').append(heading).append(":\n");
        links.forEach(
                link ->
                        text.append("  - ")
                                .append(link.title())
                                .append("  (")
                                .append(link.key())
                                .append(")\n"));
    }
}
