package dev.tpmfaqbot.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the configuration so that every problem is reported at once. Messages
 * name the variable and never contain its value when the value is a secret.
 */
public final class ConfigProblems {
    private final List<String> problems = new ArrayList<>();

    public void add(String variable, String message) {
        problems.add(variable + ": " + message);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> list() {
        return List.copyOf(problems);
    }
}
