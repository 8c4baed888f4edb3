package dev.tpmfaqbot.content;

import java.util.List;

/**
 * A glossary term from {@code terms/ID.md}; its body is the definition. Its questions (optional)
 * are ways people describe it without naming it ("what do you call the list of work not done yet").
 */
public record Term(
        String id,
        String title,
        List<String> aliases,
        List<String> questions,
        String definition,
        List<String> related,
        List<String> sources)
        implements Answerable {

    @Override
    public String key() {
        return Keys.term(id);
    }

    @Override
    public Kind kind() {
        return Kind.TERM;
    }

    @Override
    public String shortAnswer() {
        return definition;
    }

    @Override
    public String body() {
        return definition;
    }

    @Override
    public List<String> keywords() {
        return aliases;
    }

    /** The title and every alias: the names people use for this term. */
    public List<String> names() {
        return Lists.concat(List.of(title), aliases);
    }
}
