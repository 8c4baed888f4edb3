package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.search.KeyMatch;
import java.util.List;

/** An answer with the working behind it, for evaluation and tuning: the reading and every ranked candidate. */
public record Explanation(Answer answer, String cleaned, List<String> words, List<KeyMatch> ranked, String route,
                          ConfidenceModel.Features features) {

    /** The keys in the order the bot ranks them, the given answer first. */
    public List<String> rankedKeys() {
        List<String> keys = new java.util.ArrayList<>();
        if (answer.isAnswered()) {
            keys.add(answer.key());
        }
        ranked.stream().map(KeyMatch::key).filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }
}
