package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Kind;
import java.util.List;
import java.util.Optional;

/**
 * What the core says to a question. {@code key} is a catalogue key, or {@code none} when there is
 * no answer (then {@code text} says so, and {@code suggestions} may offer close topics). {@code
 * confidence} is the calibrated probability that the best matching key is right. {@code text} is
 * Markdown; adapters convert it to their platform's dialect.
 */
public record Answer(
        String question,
        String key,
        Kind kind,
        double confidence,
        Band band,
        String title,
        String text,
        List<Link> followUps,
        List<Link> suggestions,
        List<String> sources,
        Optional<ComparisonTable> table) {

    public Answer {
        followUps = List.copyOf(followUps);
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
    }

    /**
     * The text without the comparison table, for adapters that lay the table out themselves; the
     * whole text when there is no table.
     */
    public String prose() {
        return table.map(
                        t ->
                                text.endsWith(t.markdown())
                                        ? text.substring(0, text.length() - t.markdown().length())
                                                .strip()
                                        : text)
                .orElse(text);
    }

    public boolean isAnswered() {
        return kind != Kind.NONE;
    }
}
