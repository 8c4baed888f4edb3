package dev.tpmfaqbot.eval;

import java.util.List;

/** One line of an evaluation file: a question and every key that would be right (none: decline). */
public record EvalCase(String question, List<String> expected, int line) {

    public boolean inScope() {
        return !expected.isEmpty();
    }
}
