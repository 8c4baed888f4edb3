package dev.tpmfaqbot.content;

import java.util.List;

/** Content that can be given as an answer: an FAQ entry, a glossary term or a role comparison. */
public sealed interface Answerable permits FaqEntry, Term, Comparison {

    /** The stable catalogue key, e.g. {@code faq:tpm-salary}. */
    String key();

    Kind kind();

    String title();

    /** The one-sentence direct answer. */
    String shortAnswer();

    /** The whole answer as Markdown. */
    String body();

    /** Ways people ask for this, beyond the title. */
    List<String> questions();

    /** Extra words that point at this answer: tags, aliases. */
    List<String> keywords();

    List<String> related();

    List<String> sources();
}
