package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Role;
import dev.tpmfaqbot.content.Term;
import dev.tpmfaqbot.search.ContentIndex;
import dev.tpmfaqbot.text.ChatText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * The names of roles and terms as people type them: resolving "Eng Manager" to a role, listing
 * names for autocomplete, and finding the closest names to one that is not known.
 */
public final class Names {
    private static final int CLOSEST = 3;
    private static final float CLOSE_ENOUGH = 0.5f;

    private final ContentIndex index;
    private final Map<String, String> roleByName = new LinkedHashMap<>();
    private final Map<String, String> termKeyByName = new LinkedHashMap<>();
    private final Map<String, String> termIdByName = new LinkedHashMap<>();
    private final List<Choice> roleChoices = new ArrayList<>();
    private final List<Choice> termChoices = new ArrayList<>();
    private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();

    /** A name to offer: what to show, and the value (role id or term id) it stands for. */
    public record Choice(String label, String value) {}

    Names(Content content, ContentIndex index) {
        this.index = index;
        for (Role role : content.roles()) {
            role.names().forEach(name -> roleByName.putIfAbsent(key(name), role.id()));
            roleChoices.add(new Choice(role.name() + " (" + role.id() + ")", role.id()));
        }
        for (Term term : content.terms()) {
            term.names().forEach(name -> termKeyByName.putIfAbsent(key(name), term.key()));
            term.names().forEach(name -> termIdByName.putIfAbsent(key(name), term.id()));
            termChoices.add(new Choice(term.title(), term.id()));
        }
    }

    Optional<String> role(String typed) {
        return Optional.ofNullable(roleByName.get(key(typed)));
    }

    Optional<String> term(String typed) {
        return Optional.ofNullable(termKeyByName.get(key(typed)));
    }

    public List<String> roleNames() {
        return roleChoices.stream().map(Choice::value).toList();
    }

    public List<String> termNames() {
        return termChoices.stream().map(Choice::value).toList();
    }

    /**
     * Roles whose names start with or contain what was typed so far, best first; all when nothing
     * is typed.
     */
    public List<Choice> completeRole(String typed, int limit) {
        return complete(roleChoices, roleByName, typed, limit);
    }

    public List<Choice> completeTerm(String typed, int limit) {
        return complete(termChoices, termIdByName, typed, limit);
    }

    List<String> closestRoles(String typed) {
        return closest(roleByName, typed);
    }

    List<String> closestTerms(String typed) {
        return closest(termKeyByName, typed);
    }

    private List<Choice> complete(
            List<Choice> choices, Map<String, String> valueByName, String typed, int limit) {
        String prefix = key(typed == null ? "" : typed);
        if (prefix.isEmpty()) {
            return choices.stream().limit(limit).toList();
        }
        List<String> values = new ArrayList<>();
        valueByName.entrySet().stream()
                .filter(e -> e.getKey().contains(prefix))
                .sorted(
                        Comparator.comparing(
                                        (Map.Entry<String, String> e) ->
                                                !e.getKey().startsWith(prefix))
                                .thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .filter(v -> !values.contains(v))
                .forEach(values::add);
        return values.stream()
                .limit(limit)
                .map(
                        v ->
                                choices.stream()
                                        .filter(c -> c.value().equals(v))
                                        .findFirst()
                                        .orElseThrow())
                .toList();
    }

    /** The values whose names are nearest to what was typed, by edit distance. */
    private List<String> closest(Map<String, String> valueByName, String typed) {
        String wanted = key(typed);
        Map<String, Float> best = new LinkedHashMap<>();
        valueByName.forEach(
                (name, value) -> best.merge(value, distance.getDistance(wanted, name), Math::max));
        return best.entrySet().stream()
                .filter(e -> e.getValue() >= CLOSE_ENOUGH)
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .limit(CLOSEST)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * A name as compared: cleaned, and each word stemmed, so "Product Managers" finds "product
     * manager".
     */
    private String key(String name) {
        return String.join(" ", index.nameWords(ChatText.clean(name).toLowerCase(Locale.ROOT)));
    }
}
