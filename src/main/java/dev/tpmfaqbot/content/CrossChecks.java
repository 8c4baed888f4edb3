package dev.tpmfaqbot.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks that need every file at once: duplicates, references between files, completeness. */
final class CrossChecks {
    private final Problems problems;
    private final Map<String, Source> sources;
    private final List<Dimension> dimensions;
    private final List<Located<FaqEntry>> entries;
    private final List<Located<Term>> terms;
    private final List<Located<Role>> roles;
    private final List<Located<Comparison>> comparisons;
    private final Optional<Located<Onboarding>> onboarding;
    private final Set<String> keys = new HashSet<>();

    CrossChecks(
            Problems problems,
            Map<String, Source> sources,
            List<Dimension> dimensions,
            List<Located<FaqEntry>> entries,
            List<Located<Term>> terms,
            List<Located<Role>> roles,
            List<Located<Comparison>> comparisons,
            Optional<Located<Onboarding>> onboarding) {
        this.problems = problems;
        this.sources = sources;
        this.dimensions = dimensions;
        this.entries = entries;
        this.terms = terms;
        this.roles = roles;
        this.comparisons = comparisons;
        this.onboarding = onboarding;
    }

    /**
     * @param keysNamedByFiles keys of every content file, read or not; they count as existing
     */
    void run(
            Set<String> keysNamedByFiles,
            Path settingsFile,
            Optional<Located<ContentSettings>> settings,
            Optional<Located<OutOfScope>> outOfScope) {
        keys.addAll(keysNamedByFiles);
        collectKeys();
        checkUniqueIds(entries, e -> e.id(), "FAQ entry");
        checkUniqueIds(terms, t -> t.id(), "term");
        checkUniqueIds(roles, r -> r.id(), "role");
        checkUniqueIds(comparisons, Comparison::key, "comparison");
        checkUniqueQuestions();
        checkUniqueNames(terms, Term::names, "term");
        checkUniqueNames(roles, Role::names, "role");
        entries.forEach(e -> checkReferences(e, e.value().related(), e.value().sources()));
        terms.forEach(t -> checkReferences(t, t.value().related(), t.value().sources()));
        comparisons.forEach(c -> checkReferences(c, c.value().related(), c.value().sources()));
        roles.forEach(r -> checkReferences(r, List.of(), r.value().sources()));
        roles.forEach(this::checkDimensions);
        comparisons.forEach(this::checkComparedRolesExist);
        checkEveryPairCompared();
        onboarding.ifPresent(this::checkOnboardingKeys);
        GeneralPracticeChecks.run(entries);
        GeneralPracticeChecks.run(terms);
        GeneralPracticeChecks.run(comparisons);
        checkSettingsRoles(settingsFile, settings);
        outOfScope.ifPresent(this::checkNotAlsoInScope);
    }

    /**
     * The home role and its default comparison must be roles, so that "/tpm compare" always has
     * two.
     */
    private void checkSettingsRoles(Path settingsFile, Optional<Located<ContentSettings>> located) {
        ContentSettings settings = located.map(Located::value).orElse(ContentSettings.DEFAULT);
        Set<String> roleIds = roleIds();
        Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("home-role", settings.homeRole());
        named.put("default-comparison", settings.defaultComparison());
        named.forEach(
                (field, role) -> {
                    if (roleIds.contains(role)) {
                        return;
                    }
                    String message =
                            "the "
                                    + field
                                    + " '"
                                    + role
                                    + "' is not a role; roles are "
                                    + String.join(", ", roleIds)
                                    + (located.isEmpty()
                                            ? " (settings.yml is missing, so the default applies: write roles/"
                                                    + role
                                                    + ".md or add settings.yml)"
                                            : "");
                    located.ifPresentOrElse(
                            l -> l.fields().problem("/" + field, message),
                            () -> problems.add(settingsFile, 1, message));
                });
        if (settings.homeRole().equals(settings.defaultComparison())) {
            located.ifPresent(
                    l ->
                            l.fields()
                                    .problem(
                                            "/default-comparison",
                                            "the default comparison must be another role than the home role"));
        }
    }

    /** A question to decline must not also be written as a way of asking for an answer. */
    private void checkNotAlsoInScope(Located<OutOfScope> located) {
        Map<String, Located<?>> asked = new HashMap<>();
        answerables()
                .forEach(
                        item ->
                                item.value()
                                        .questions()
                                        .forEach(q -> asked.putIfAbsent(normalise(q), item)));
        located.value()
                .groups()
                .forEach(
                        (group, questions) -> {
                            for (int i = 0; i < questions.size(); i++) {
                                Located<?> answered = asked.get(normalise(questions.get(i)));
                                if (answered != null) {
                                    located.fields()
                                            .problem(
                                                    "/" + group + "/" + i,
                                                    "\""
                                                            + questions.get(i)
                                                            + "\" is also a question of "
                                                            + answered.fields().file()
                                                            + "; it cannot be both answered and declined");
                                }
                            }
                        });
    }

    private void collectKeys() {
        entries.forEach(e -> keys.add(e.value().key()));
        terms.forEach(t -> keys.add(t.value().key()));
        comparisons.forEach(c -> keys.add(c.value().key()));
    }

    private <T> void checkUniqueIds(
            List<Located<T>> items, java.util.function.Function<T, String> id, String kind) {
        Map<String, Located<T>> seen = new HashMap<>();
        for (Located<T> item : items) {
            String value = id.apply(item.value());
            Located<T> first = seen.putIfAbsent(value, item);
            if (first != null && !value.isEmpty()) {
                item.fields()
                        .problem(
                                "/id",
                                "duplicate "
                                        + kind
                                        + " '"
                                        + value
                                        + "', also in "
                                        + first.fields().file());
            }
        }
    }

    private void checkUniqueQuestions() {
        Map<String, Located<?>> seen = new HashMap<>();
        for (Located<? extends Answerable> item : answerables()) {
            List<String> questions = item.value().questions();
            for (int i = 0; i < questions.size(); i++) {
                Located<?> first = seen.putIfAbsent(normalise(questions.get(i)), item);
                if (first != null) {
                    String where =
                            first == item
                                    ? "earlier in this file"
                                    : "also in " + first.fields().file();
                    item.fields()
                            .problem(
                                    "/questions/" + i,
                                    "duplicate question \"" + questions.get(i) + "\", " + where);
                }
            }
        }
    }

    private <T> void checkUniqueNames(
            List<Located<T>> items,
            java.util.function.Function<T, List<String>> names,
            String kind) {
        Map<String, Located<T>> seen = new HashMap<>();
        for (Located<T> item : items) {
            Set<String> own = new HashSet<>();
            for (String name : names.apply(item.value())) {
                String normalised = normalise(name);
                if (!own.add(normalised)) {
                    continue;
                }
                Located<T> first = seen.putIfAbsent(normalised, item);
                if (first != null) {
                    item.fields()
                            .problem(
                                    "/aliases",
                                    "the "
                                            + kind
                                            + " name \""
                                            + name
                                            + "\" is also used by "
                                            + first.fields().file()
                                            + "; a name can point at only one "
                                            + kind);
                }
            }
        }
    }

    private void checkReferences(Located<?> item, List<String> related, List<String> sourceIds) {
        for (int i = 0; i < related.size(); i++) {
            if (!keys.contains(related.get(i))) {
                item.fields()
                        .problem(
                                "/related/" + i, "unknown key '" + related.get(i) + "' in related");
            }
        }
        for (int i = 0; i < sourceIds.size(); i++) {
            if (!sources.containsKey(sourceIds.get(i))) {
                item.fields()
                        .problem(
                                "/sources/" + i,
                                "unknown source '"
                                        + sourceIds.get(i)
                                        + "'; sources are the ids in sources.yml: "
                                        + String.join(", ", sources.keySet()));
            }
        }
    }

    private void checkDimensions(Located<Role> role) {
        Map<String, String> values = role.value().dimensions();
        for (Dimension dimension : dimensions) {
            if (!values.containsKey(dimension.id())) {
                role.fields()
                        .problem(
                                "/dimensions",
                                "missing dimension '"
                                        + dimension.id()
                                        + "' ("
                                        + dimension.label()
                                        + ")");
            }
        }
        Set<String> known = new HashSet<>();
        dimensions.forEach(d -> known.add(d.id()));
        values.keySet().stream()
                .filter(id -> !known.contains(id))
                .forEach(
                        id ->
                                role.fields()
                                        .problem(
                                                "/dimensions/" + id,
                                                "unknown dimension '"
                                                        + id
                                                        + "'; dimensions are listed in dimensions.yml"));
    }

    private void checkComparedRolesExist(Located<Comparison> comparison) {
        Set<String> roleIds = roleIds();
        for (String role :
                List.of(comparison.value().firstRole(), comparison.value().secondRole())) {
            if (!roleIds.contains(role)) {
                comparison
                        .fields()
                        .problem(
                                "/roles",
                                "unknown role '"
                                        + role
                                        + "'; roles are "
                                        + String.join(", ", roleIds));
            }
        }
    }

    private void checkEveryPairCompared() {
        List<Located<Role>> sorted =
                roles.stream().sorted((a, b) -> a.value().id().compareTo(b.value().id())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                String first = sorted.get(i).value().id();
                String second = sorted.get(j).value().id();
                if (!keys.contains(Keys.comparison(first, second))) {
                    sorted.get(j)
                            .fields()
                            .problem(
                                    "/id",
                                    "no comparison with role '"
                                            + first
                                            + "': write "
                                            + ContentLoader.COMPARISONS
                                            + "/"
                                            + first
                                            + "--"
                                            + second
                                            + ".md");
                }
            }
        }
    }

    private void checkOnboardingKeys(Located<Onboarding> located) {
        checkKeyList(located, "starter-topics", located.value().starterTopics());
        checkKeyList(located, "series", located.value().series());
    }

    private void checkKeyList(Located<?> item, String field, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            if (!keys.contains(list.get(i))) {
                item.fields()
                        .problem(
                                "/" + field + "/" + i,
                                "unknown key '" + list.get(i) + "' in " + field);
            }
        }
    }

    /** Entries, terms and comparisons: everything that lists questions. */
    private List<Located<? extends Answerable>> answerables() {
        List<Located<? extends Answerable>> all = new ArrayList<>(entries);
        all.addAll(terms);
        all.addAll(comparisons);
        return all;
    }

    private Set<String> roleIds() {
        Set<String> ids = new java.util.TreeSet<>();
        roles.forEach(r -> ids.add(r.value().id()));
        return ids;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
