package dev.tpmfaqbot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer with the working behind it, for evaluation and tuning: the reading, the route, and
 * every candidate considered with its features and confidence (none when a rule answered).
 */
public record Explanation(
        Answer answer,
        String cleaned,
        List<String> words,
        List<Candidate> candidates,
        Route route) {

    /** The keys in the order the bot ranks them, the given answer first. */
    public List<String> rankedKeys() {
        List<String> keys = new ArrayList<>();
        if (answer.isAnswered()) {
            keys.add(answer.key());
        }
        candidates.stream().map(Candidate::key).filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }
}
