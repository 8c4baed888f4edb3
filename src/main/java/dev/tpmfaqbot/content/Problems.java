package dev.tpmfaqbot.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects content problems while a whole folder is read, so that all of them are reported at once.
 */
final class Problems {
    private final List<ContentProblem> found = new ArrayList<>();

    void add(Path file, int line, String message) {
        found.add(new ContentProblem(file, Math.max(line, 1), message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ContentProblem> sorted() {
        List<ContentProblem> copy = new ArrayList<>(found);
        copy.sort(null);
        return copy;
    }
}
