package dev.tpmfaqbot.content;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of a content folder as people leave them: an oversized file (pasted by mistake) and a
 * symbolic link that leads nowhere or in a circle are reported with their path instead of being
 * read slowly or skipped silently.
 */
final class ContentFiles {
    /** About a hundred times the largest real entry (under 3 KB). */
    static final long MAX_FILE_BYTES = 256 * 1024;

    private ContentFiles() {}

    /** The visible files in a folder, sorted; broken links are reported and left out. */
    static List<Path> list(Path folder, Problems problems) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (entry.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    problems.add(entry, 1, brokenLink(entry));
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(folder, 1, "cannot list the folder: " + e.getMessage());
        }
        return files;
    }

    /** True when the file is small enough to read; otherwise reports it. */
    static boolean sizeAllowed(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(
                        file,
                        1,
                        "the file is "
                                + size / 1024
                                + " KB; content files may be at most "
                                + MAX_FILE_BYTES / 1024
                                + " KB (was something pasted by mistake?)");
                return false;
            }
        } catch (IOException e) {
            return true; // reading it reports the problem
        }
        return true;
    }

    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason())
                    .toLowerCase(Locale.ROOT)
                    .contains("levels of symbolic links")) {
                return "a symbolic link that loops back on itself: point it at a real file";
            }
        } catch (IOException e) {
            // described below
        }
        try {
            return "a symbolic link to "
                    + Files.readSymbolicLink(link)
                    + ", which does not exist: point it at a real file or delete it";
        } catch (IOException e) {
            return "a symbolic link that cannot be followed: " + e.getMessage();
        }
    }
}
