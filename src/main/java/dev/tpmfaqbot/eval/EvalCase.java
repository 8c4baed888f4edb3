package dev.tpmfaqbot.eval;

import java.util.List;

/**
 * One line of an evaluation file: a question, every key that would be right (none: decline), and
 * its style if named.
 */
public record EvalCase(String question, List<String> expected, int line, String style) {

    public EvalCase(String question, List<String> expected, int line) {
        this(question, expected, line, "");
    }

    public boolean inScope() {
        return !expected.isEmpty();
    }
}
