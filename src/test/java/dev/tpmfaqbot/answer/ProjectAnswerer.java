package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import dev.tpmfaqbot.semantic.Semantics;
import java.nio.file.Path;

/**
 * Answerers over the project's real content, shared by the tests of a JVM (they are immutable): as
 * shipped (sentence model and words), and with words alone. Content vectors are cached under {@code
 * target/}, so only the first test run embeds the content.
 */
public final class ProjectAnswerer {
    public static final Path VECTOR_CACHE = Path.of("target", "test-vector-cache");
    private static Answerer shipped;
    private static Answerer wordsOnly;
    private static Semantics semantics;

    private ProjectAnswerer() {}

    /** With the sentence model, as the bot answers by default. */
    public static synchronized Answerer get() {
        if (shipped == null) {
            shipped = Answerer.build(projectContent(), semantics());
        }
        return shipped;
    }

    public static synchronized Answerer wordsOnly() {
        if (wordsOnly == null) {
            wordsOnly = Answerer.build(projectContent());
        }
        return wordsOnly;
    }

    /** The process's sentence model, loaded once for all tests. */
    public static synchronized Semantics semantics() {
        if (semantics == null) {
            semantics = Semantics.load(VECTOR_CACHE);
        }
        return semantics;
    }

    private static dev.tpmfaqbot.content.Content projectContent() {
        try {
            return ContentLoader.load(Path.of("faq"));
        } catch (InvalidContentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
