package dev.tpmfaqbot.search;

import java.util.List;
import java.util.Set;

/**
 * What one answer key is made of, in analysed words: its phrasings (title, alternate questions, and
 * for terms and comparisons the usual ways to ask for them), its signature (every word of its
 * phrasings, tags and aliases) and all its words (the signature plus the body).
 */
record KeyProfile(
        String key, List<Phrasing> phrasings, Set<String> signature, Set<String> allWords) {

    /**
     * One way of asking; {@code generated} when the bot derived it rather than an editor writing
     * it.
     */
    record Phrasing(Set<String> words, boolean generated) {}
}
