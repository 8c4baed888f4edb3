package dev.tpmfaqbot.content;

import java.nio.file.Path;

/** One thing wrong with the content, at a file and line, as an editor wants to read it. */
public record ContentProblem(Path file, int line, String message)
        implements Comparable<ContentProblem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
