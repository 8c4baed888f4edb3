package dev.tpmfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.ComparisonTable;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.content.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Discord's limits on answers far larger than the content has: split or trimmed, never refused. */
@Timeout(10)
class DiscordRenderingTest {

    @Test
    void aHugeAnswerIsSplitAcrossEmbedsAndTrimmedToTheMessageTotal() {
        String paragraph =
                "A TPM turns plans into technical requirements and keeps the build feasible. "
                        .repeat(20);
        String text =
                IntStream.range(0, 40)
                        .mapToObj(i -> paragraph)
                        .reduce((a, b) -> a + "\n\n" + b)
                        .orElseThrow();
        Answer huge =
                answer(
                        "T".repeat(400),
                        text,
                        links(40),
                        List.of("Source ".repeat(400)),
                        Optional.empty());

        List<MessageEmbed> embeds = EmbedFitter.fit(EmbedRenderer.card(huge));

        assertTrue(embeds.size() >= 2, "continued in a second embed");
        assertTrue(embeds.stream().allMatch(e -> e.getDescription().length() <= 4096));
        assertEquals(256, embeds.get(0).getTitle().length());
        assertTrue(embeds.get(0).getTitle().endsWith("…"));
        assertTrue(embeds.stream().mapToInt(MessageEmbed::getLength).sum() <= 6000);
        assertTrue(embeds.get(embeds.size() - 1).getDescription().endsWith("…"), "trimmed visibly");
        assertTrue(
                embeds.get(0).getDescription().endsWith("feasible."),
                "split between sentences, not inside a word");
    }

    @Test
    void manyButtonsStayWithinFiveRowsOfFive() {
        Answer answer = answer("Title", "Body", links(40), List.of(), Optional.empty());

        List<ActionRow> rows = AnswerButtons.forAnswer(answer, true);

        assertTrue(rows.size() <= 5);
        rows.forEach(row -> assertTrue(row.getComponents().size() <= 5));
        assertEquals(
                List.of("helpful:faq:x", "unhelpful:faq:x", "share:faq:x"),
                rows.get(rows.size() - 1).getButtons().stream().map(b -> b.getCustomId()).toList());
        assertEquals(
                10,
                rows.stream().limit(rows.size() - 1).mapToInt(r -> r.getComponents().size()).sum());
    }

    @Test
    void aComparisonWithManyLongDimensionsKeepsWithin25FieldsAnd6000Characters() {
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new ComparisonTable.Row("Dimension " + i, "x".repeat(1500), "y".repeat(300)));
        }
        ComparisonTable table =
                new ComparisonTable("Product manager", "Technical product manager", rows);
        Answer answer =
                answer(
                        "PM vs TPM",
                        "Body.\n\n" + table.markdown(),
                        List.of(),
                        List.of(),
                        Optional.of(table));

        List<MessageEmbed> embeds = EmbedFitter.fit(EmbedRenderer.card(answer));

        MessageEmbed last = embeds.get(embeds.size() - 1);
        assertTrue(last.getFields().size() <= 25);
        assertTrue(last.getFields().stream().allMatch(f -> f.getValue().length() <= 1024));
        assertTrue(embeds.stream().mapToInt(MessageEmbed::getLength).sum() <= 6000);
        assertEquals("Body.", embeds.get(0).getDescription());
    }

    @Test
    void splittingNeverBreaksASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        List<String> pieces = DiscordLimits.split(emoji.repeat(3000), 4096);

        pieces.forEach(
                p -> assertTrue(p.length() <= 4096 && !Character.isLowSurrogate(p.charAt(0))));
        assertEquals(6000, pieces.stream().mapToInt(String::length).sum());
    }

    private static Answer answer(
            String title,
            String text,
            List<Link> followUps,
            List<String> sources,
            Optional<ComparisonTable> table) {
        return new Answer(
                "q",
                "faq:x",
                Kind.FAQ,
                0.9,
                Band.ANSWER,
                title,
                text,
                followUps,
                List.of(),
                sources,
                table);
    }

    private static List<Link> links(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Link("faq:topic-" + i, "Topic " + i))
                .toList();
    }
}
