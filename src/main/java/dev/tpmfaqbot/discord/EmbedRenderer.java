package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.ComparisonTable;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Answer} as a {@link Card}: title, Markdown body (Discord reads Markdown), sources in
 * the footer. A comparison shows its dimensions as fields, one inline pair per dimension, instead
 * of the list the core appends to its text for platforms without columns.
 */
final class EmbedRenderer {
    private static final String SPACER = "\u200B";

    private EmbedRenderer() {}

    static Card card(Answer answer) {
        List<Card.Field> fields = answer.table().map(EmbedRenderer::fields).orElse(List.of());
        String body = answer.prose();
        String footer =
                answer.sources().isEmpty()
                        ? ""
                        : "Sources: " + String.join(" · ", answer.sources());
        return new Card(answer.title(), body, fields, footer, color(answer));
    }

    private static int color(Answer answer) {
        return switch (answer.band()) {
            case ANSWER -> answer.isAnswered() ? Card.BLUE : Card.GREY;
            case SUGGEST -> Card.AMBER;
            case DECLINE -> Card.GREY;
        };
    }

    /**
     * Two inline fields per dimension; a third, blank one ends the row (Discord puts three in a
     * row) while 25 allow it.
     */
    private static List<Card.Field> fields(ComparisonTable table) {
        boolean spacers = table.rows().size() * 3 <= DiscordLimits.FIELDS;
        List<Card.Field> fields = new ArrayList<>();
        for (ComparisonTable.Row row : table.rows()) {
            fields.add(
                    new Card.Field(row.dimension() + " · " + table.firstRole(), row.first(), true));
            fields.add(
                    new Card.Field(
                            row.dimension() + " · " + table.secondRole(), row.second(), true));
            if (spacers) {
                fields.add(new Card.Field(SPACER, SPACER, true));
            }
        }
        return fields;
    }
}
