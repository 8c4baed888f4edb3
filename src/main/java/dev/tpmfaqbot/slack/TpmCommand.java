package dev.tpmfaqbot.slack;

import java.util.Locale;

/**
 * What follows {@code /tpm}: {@code ask|compare|define QUESTION-OR-NAMES}, {@code topics}, {@code
 * help}, or a bare question. "help" and "topics" count only on their own, so "help me understand
 * the TPM role" is a question.
 */
record TpmCommand(Verb verb, String argument) {

    enum Verb {
        ASK,
        COMPARE,
        DEFINE,
        TOPICS,
        HELP
    }

    static TpmCommand parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new TpmCommand(Verb.HELP, "");
        }
        String[] parts = trimmed.split("\\s+", 2);
        String first = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        return switch (first) {
            case "help" ->
                    rest.isEmpty()
                            ? new TpmCommand(Verb.HELP, "")
                            : new TpmCommand(Verb.ASK, trimmed);
            case "topics" ->
                    rest.isEmpty()
                            ? new TpmCommand(Verb.TOPICS, "")
                            : new TpmCommand(Verb.ASK, trimmed);
            case "ask" ->
                    rest.isEmpty() ? new TpmCommand(Verb.HELP, "") : new TpmCommand(Verb.ASK, rest);
            case "compare" -> new TpmCommand(Verb.COMPARE, rest);
            case "define" -> new TpmCommand(Verb.DEFINE, rest);
            default -> new TpmCommand(Verb.ASK, trimmed);
        };
    }
}
