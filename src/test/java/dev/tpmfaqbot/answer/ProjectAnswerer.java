package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import java.nio.file.Path;

/** One answerer over the project's real content, shared by the tests of a JVM (it is immutable). */
public final class ProjectAnswerer {
    private static Answerer shared;

    private ProjectAnswerer() {
    }

    public static synchronized Answerer get() {
        if (shared == null) {
            try {
                shared = Answerer.build(ContentLoader.load(Path.of("faq")));
            } catch (InvalidContentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return shared;
    }
}
