package dev.tpmfaqbot.runtime;

import java.util.List;

/** The configuration has problems; each names its variable and none contains a secret. */
public final class InvalidConfigurationException extends Exception {
    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(problems.size() + " configuration problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
