package dev.tpmfaqbot.search;

import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Comparison;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives each key's {@link KeyProfile} from the content, including the phrasings no editor needs
 * to write.
 */
final class ProfileBuilder {
    /**
     * Ways to ask for a definition, around the name. Analysed once: the name's words are added to
     * each.
     */
    private static final List<String> DEFINITION_FORMS =
            List.of("", "what is", "define", "meaning", "what does mean", "definition");

    private final WordAnalysis analysis;
    private final List<List<String>> definitionForms;

    ProfileBuilder(WordAnalysis analysis) {
        this.analysis = analysis;
        this.definitionForms = DEFINITION_FORMS.stream().map(analysis::words).toList();
    }

    KeyProfile profile(Answerable answerable, Content content) {
        List<KeyProfile.Phrasing> phrasings = new ArrayList<>();
        addWritten(phrasings, answerable.title());
        answerable.questions().forEach(q -> addWritten(phrasings, q));
        if (answerable instanceof Term term) {
            term.names().forEach(name -> addDefinitionForms(phrasings, analysis.words(name)));
        }
        if (answerable instanceof Comparison comparison) {
            addComparisonPhrasings(phrasings, comparison);
        }
        Set<String> signature = new HashSet<>();
        phrasings.forEach(p -> signature.addAll(p.words()));
        answerable.keywords().forEach(k -> signature.addAll(analysis.words(k)));
        if (answerable instanceof Comparison comparison) {
            content.role(comparison.firstRole())
                    .ifPresent(r -> r.names().forEach(n -> signature.addAll(analysis.words(n))));
            content.role(comparison.secondRole())
                    .ifPresent(r -> r.names().forEach(n -> signature.addAll(analysis.words(n))));
        }
        Set<String> all = new HashSet<>(signature);
        all.addAll(analysis.words(answerable.body()));
        return new KeyProfile(
                answerable.key(), dedupe(phrasings), Set.copyOf(signature), Set.copyOf(all));
    }

    private void addComparisonPhrasings(
            List<KeyProfile.Phrasing> phrasings, Comparison comparison) {
        String first = SynonymRules.roleWord(comparison.firstRole());
        String second = SynonymRules.roleWord(comparison.secondRole());
        phrasings.add(new KeyProfile.Phrasing(Set.of(first, second), true));
        phrasings.add(new KeyProfile.Phrasing(Set.of(first, second, "difference"), true));
    }

    private void addDefinitionForms(List<KeyProfile.Phrasing> phrasings, List<String> nameWords) {
        if (nameWords.isEmpty()) {
            return;
        }
        for (List<String> form : definitionForms) {
            Set<String> words = new HashSet<>(nameWords);
            words.addAll(form);
            phrasings.add(new KeyProfile.Phrasing(Set.copyOf(words), true));
        }
    }

    private void addWritten(List<KeyProfile.Phrasing> phrasings, String text) {
        Set<String> words = new HashSet<>(analysis.words(text));
        if (!words.isEmpty()) {
            phrasings.add(new KeyProfile.Phrasing(Set.copyOf(words), false));
        }
    }

    /** Keeps one phrasing per word set, preferring the one an editor wrote. */
    private static List<KeyProfile.Phrasing> dedupe(List<KeyProfile.Phrasing> phrasings) {
        Set<Set<String>> seen = new LinkedHashSet<>();
        List<KeyProfile.Phrasing> kept = new ArrayList<>();
        phrasings.stream()
                .filter(p -> !p.generated())
                .filter(p -> seen.add(p.words()))
                .forEach(kept::add);
        phrasings.stream()
                .filter(KeyProfile.Phrasing::generated)
                .filter(p -> seen.add(p.words()))
                .forEach(kept::add);
        return List.copyOf(kept);
    }
}
