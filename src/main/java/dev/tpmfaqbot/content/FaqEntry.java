package dev.tpmfaqbot.content;

import java.util.List;

/** An FAQ entry from {@code entries/ID.md}. */
public record FaqEntry(
        String id,
        String title,
        String shortAnswer,
        String body,
        List<String> questions,
        List<String> tags,
        List<String> related,
        List<String> sources)
        implements Answerable {

    @Override
    public String key() {
        return Keys.faq(id);
    }

    @Override
    public Kind kind() {
        return Kind.FAQ;
    }

    @Override
    public List<String> keywords() {
        return tags;
    }
}
