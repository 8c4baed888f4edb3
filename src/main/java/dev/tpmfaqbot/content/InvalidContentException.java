package dev.tpmfaqbot.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a content folder has problems; carries every one of them, not just the first. */
public final class InvalidContentException extends Exception {
    private final List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(
                problems.size()
                        + " content problem(s):\n"
                        + problems.stream()
                                .map(ContentProblem::toString)
                                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
