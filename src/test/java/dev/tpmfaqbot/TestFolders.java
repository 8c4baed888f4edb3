package dev.tpmfaqbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders for test worlds that outlive one test method (where JUnit's {@code @TempDir}
 * does not reach): each is deleted, with what it holds, when the test JVM exits.
 */
public final class TestFolders {
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(TestFolders::deleteAll, "test-folders-cleanup"));
    }

    private TestFolders() {}

    public static Path newFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            CREATED.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; a folder that is not there is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteAll() {
        for (Path folder : CREATED) {
            try {
                deleteTree(folder);
            } catch (IOException | UncheckedIOException e) {
                // unreadable: nothing more to do at exit
            }
        }
    }
}
