package dev.tpmfaqbot.suggest;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.store.Store.AcceptedPhrasing;
import dev.tpmfaqbot.store.Store.ClickCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the keys people chose for their questions (did-you-mean clicks, better answers after "not
 * helpful") into suggestions: one per key and wording (case, spacing and end punctuation aside),
 * most clicked first, leaving out what the content already says for that key (its title, questions,
 * aliases and asked.yml) and keys the content no longer has.
 */
public final class PhrasingSuggestions {
    private PhrasingSuggestions() {}

    public static List<Suggestion> of(
            List<ClickCount> clicks, List<AcceptedPhrasing> accepted, Content content) {
        Set<String> acceptedWordings = new HashSet<>();
        accepted.forEach(
                phrasing -> acceptedWordings.add(phrasing.key() + "\n" + wording(phrasing.text())));
        Map<String, Suggestion> byWording = new LinkedHashMap<>();
        for (ClickCount click : clicks) {
            Optional<Answerable> answerable = content.find(click.key());
            String wording = wording(click.text());
            if (answerable.isEmpty()
                    || wording.isEmpty()
                    || known(answerable.get(), content, wording)) {
                continue;
            }
            String id = click.key() + "\n" + wording;
            Suggestion before = byWording.get(id);
            long count = click.count() + (before == null ? 0 : before.clicks());
            Instant last =
                    before == null || click.last().isAfter(before.lastClicked())
                            ? click.last()
                            : before.lastClicked();
            String text = before == null ? click.text().strip() : before.text();
            long rephrased = click.rephrased() + (before == null ? 0 : before.rephrased());
            byWording.put(
                    id,
                    new Suggestion(
                            click.key(),
                            answerable.get().title(),
                            text,
                            count,
                            last,
                            acceptedWordings.contains(id),
                            rephrased));
        }
        List<Suggestion> suggestions = new ArrayList<>(byWording.values());
        suggestions.sort(
                Comparator.comparingLong(Suggestion::clicks)
                        .reversed()
                        .thenComparing(Suggestion::lastClicked, Comparator.reverseOrder()));
        return suggestions;
    }

    private static boolean known(Answerable answerable, Content content, String wording) {
        List<String> said = new ArrayList<>(answerable.questions());
        said.add(answerable.title());
        said.addAll(answerable.keywords());
        said.addAll(content.asked().byKey().getOrDefault(answerable.key(), List.of()));
        return said.stream().map(PhrasingSuggestions::wording).anyMatch(wording::equals);
    }

    /**
     * Lower case, single spaces, no punctuation at either end: "What's a TPM?" and "what's a tpm"
     * are one wording.
     */
    static String wording(String text) {
        String spaced = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return spaced.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }
}
