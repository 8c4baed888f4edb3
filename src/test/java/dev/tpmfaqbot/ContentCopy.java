package dev.tpmfaqbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of a content folder that a test may edit, e.g. to see a reload. */
public final class ContentCopy {
    private ContentCopy() {}

    /** A copy of the shipped {@code faq/} in {@code target}. */
    public static Path ofShipped(Path target) {
        return of(Path.of("faq"), target);
    }

    public static Path of(Path source, Path target) {
        try {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(source)) {
                paths = walk.toList();
            }
            for (Path path : paths) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or replaces) one file of a copy. */
    public static void write(Path folder, String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
