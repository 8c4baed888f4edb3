package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Comparison;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Dimension;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.content.Kind;
import dev.tpmfaqbot.content.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link Answer}s: an answer from content, a "did you mean", a decline, help, small talk.
 */
final class AnswerWriter {
    static final String HELP = HelpText.examples();

    private final Content content;

    AnswerWriter(Content content) {
        this.content = content;
    }

    Answer answer(String question, Answerable answerable, double confidence) {
        Optional<ComparisonTable> table =
                answerable instanceof Comparison comparison ? table(comparison) : Optional.empty();
        String text =
                table.map(t -> answerable.body() + "\n\n" + t.markdown()).orElse(answerable.body());
        return new Answer(
                question,
                answerable.key(),
                answerable.kind(),
                confidence,
                Band.ANSWER,
                answerable.title(),
                text,
                links(answerable.related()),
                List.of(),
                content.sourceTitles(answerable.sources()),
                table);
    }

    Answer didYouMean(String question, double confidence, List<String> keys) {
        List<Link> suggestions = links(keys);
        StringBuilder text =
                new StringBuilder("I'm not sure which topic you mean. Did you mean one of these?");
        suggestions.forEach(s -> text.append("\n- ").append(s.title()));
        return none(
                question, confidence, Band.SUGGEST, "Did you mean…", text.toString(), suggestions);
    }

    Answer decline(String question, double confidence, List<String> closeKeys) {
        String text =
                "I don't have an answer to that. I only know about the technical product manager role: "
                        + "what TPMs do, skills, pay, how the role compares with others, and the terms they use.";
        if (!closeKeys.isEmpty()) {
            text += " These topics may be close:";
        }
        return none(
                question,
                confidence,
                Band.DECLINE,
                "I don't know that one",
                text,
                links(closeKeys));
    }

    Answer help(String question) {
        return none(question, 0, Band.DECLINE, "Ask me about the TPM role", HELP, List.of());
    }

    Answer smallTalk(String question, boolean thanks) {
        String text =
                thanks ? "You're welcome! Ask me anything else about the TPM role." : "Hi! " + HELP;
        return none(
                question, 0, Band.DECLINE, thanks ? "You're welcome" : "Hello", text, List.of());
    }

    Answer unknownName(
            String question,
            String kindOfName,
            String given,
            List<String> validNames,
            List<String> closeKeys) {
        String text =
                "I don't know the "
                        + kindOfName
                        + " \""
                        + given
                        + "\". I know: "
                        + String.join(", ", validNames)
                        + ".";
        return none(question, 0, Band.DECLINE, "Unknown " + kindOfName, text, links(closeKeys));
    }

    private Answer none(
            String question,
            double confidence,
            Band band,
            String title,
            String text,
            List<Link> suggestions) {
        return new Answer(
                question,
                Keys.NONE,
                Kind.NONE,
                confidence,
                band,
                title,
                text,
                List.of(),
                suggestions,
                List.of(),
                Optional.empty());
    }

    List<Link> links(List<String> keys) {
        List<Link> links = new ArrayList<>();
        keys.forEach(key -> content.find(key).ifPresent(a -> links.add(new Link(key, a.title()))));
        return links;
    }

    private Optional<ComparisonTable> table(Comparison comparison) {
        Optional<Role> first = content.role(comparison.firstRole());
        Optional<Role> second = content.role(comparison.secondRole());
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (Dimension dimension : content.dimensions()) {
            rows.add(
                    new ComparisonTable.Row(
                            dimension.label(),
                            first.get().dimensions().getOrDefault(dimension.id(), ""),
                            second.get().dimensions().getOrDefault(dimension.id(), "")));
        }
        return Optional.of(new ComparisonTable(first.get().name(), second.get().name(), rows));
    }
}
