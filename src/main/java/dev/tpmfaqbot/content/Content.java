package dev.tpmfaqbot.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything read from a valid content folder. Immutable; a reload builds a new one. */
public final class Content {
    private final List<FaqEntry> entries;
    private final List<Term> terms;
    private final List<Role> roles;
    private final List<Comparison> comparisons;
    private final List<Dimension> dimensions;
    private final Map<String, Source> sources;
    private final Onboarding onboarding;
    private final ContentSettings settings;
    private final OutOfScope outOfScope;
    private final AskedQuestions asked;
    private final Map<String, Answerable> byKey = new LinkedHashMap<>();
    private final Map<String, Role> rolesById = new LinkedHashMap<>();

    public Content(
            List<FaqEntry> entries,
            List<Term> terms,
            List<Role> roles,
            List<Comparison> comparisons,
            List<Dimension> dimensions,
            Map<String, Source> sources,
            Onboarding onboarding,
            ContentSettings settings,
            OutOfScope outOfScope,
            AskedQuestions asked) {
        this.entries = List.copyOf(entries);
        this.terms = List.copyOf(terms);
        this.roles = List.copyOf(roles);
        this.comparisons = List.copyOf(comparisons);
        this.dimensions = List.copyOf(dimensions);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.onboarding = onboarding;
        this.settings = settings;
        this.outOfScope = outOfScope;
        this.asked = asked;
        this.entries.forEach(e -> byKey.put(e.key(), e));
        this.terms.forEach(t -> byKey.put(t.key(), t));
        this.comparisons.forEach(c -> byKey.put(c.key(), c));
        this.roles.forEach(r -> rolesById.put(r.id(), r));
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Onboarding onboarding() {
        return onboarding;
    }

    public ContentSettings settings() {
        return settings;
    }

    /** Questions the bot must decline: examples for the answering model. */
    public OutOfScope outOfScope() {
        return outOfScope;
    }

    /**
     * Questions people asked, by the key that answers them: more examples for the answering model.
     */
    public AskedQuestions asked() {
        return asked;
    }

    /** Every answer the content can give, FAQ entries first, then terms, then comparisons. */
    public List<Answerable> answerables() {
        return List.copyOf(byKey.values());
    }

    public Optional<Answerable> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(rolesById.get(id));
    }

    /** The titles of the given source ids, in order. */
    public List<String> sourceTitles(List<String> sourceIds) {
        List<String> titles = new ArrayList<>();
        for (String id : sourceIds) {
            Source source = sources.get(id);
            titles.add(source == null ? id : source.title());
        }
        return titles;
    }

    public int size() {
        return byKey.size();
    }
}
