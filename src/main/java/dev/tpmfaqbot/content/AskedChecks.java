package dev.tpmfaqbot.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code asked.yml}: every key exists (or is {@code none}), and no question sits under two keys.
 */
final class AskedChecks {
    private final Problems problems;

    AskedChecks(Problems problems) {
        this.problems = problems;
    }

    void run(Located<AskedQuestions> asked, Set<String> keys) {
        Map<String, String> keyByQuestion = new HashMap<>();
        asked.value()
                .byKey()
                .forEach(
                        (key, questions) -> {
                            if (!key.equals(Keys.NONE) && !keys.contains(key)) {
                                asked.fields()
                                        .problem(
                                                "/" + key,
                                                "unknown key '"
                                                        + key
                                                        + "'; use a key of the content, or none");
                            }
                            checkEachOnce(asked, key, questions, keyByQuestion);
                        });
    }

    private static void checkEachOnce(
            Located<AskedQuestions> asked,
            String key,
            List<String> questions,
            Map<String, String> keyByQuestion) {
        for (int i = 0; i < questions.size(); i++) {
            String other = keyByQuestion.putIfAbsent(CrossChecks.normalise(questions.get(i)), key);
            if (other != null && !other.equals(key)) {
                asked.fields()
                        .problem(
                                "/" + key + "/" + i,
                                "\""
                                        + questions.get(i)
                                        + "\" is also listed under "
                                        + other
                                        + "; a question has one right answer here");
            }
        }
    }
}
