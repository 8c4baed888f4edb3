package dev.tpmfaqbot.content;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files people leave in the content folder by mistake are reported with FILE:LINE, never read
 * slowly or skipped silently.
 */
class ContentFilesTest {
    @TempDir Path dir;

    private List<String> problems(ContentFixture fixture) {
        InvalidContentException e =
                assertThrows(
                        InvalidContentException.class, () -> ContentLoader.load(fixture.root()));
        return e.problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void anOversizedBodyIsRejectedAtItsFirstLine() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        String entry =
                ContentFixture.entry("big", "Big?", "a", "b", "c", "d")
                        + "word ".repeat(200_000 / 5);
        fixture.write("entries/big.md", entry);

        List<String> problems = problems(fixture);

        Path file = fixture.root().resolve("entries/big.md");
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p ->
                                        p.startsWith(
                                                        file
                                                                + ":13: the text below the front matter is ")
                                                && p.contains("at most 20000")),
                problems.toString());
    }

    @Test
    void anOversizedFileIsRejectedWithoutReadingIt() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        fixture.write("terms/huge.md", "---\nid: huge\n" + "# padding\n".repeat(1_000_000 / 10));

        List<String> problems = problems(fixture);

        assertTrue(
                problems.contains(
                        fixture.root().resolve("terms/huge.md")
                                + ":1: the file is 976 KB; content files may be at most 256 KB (was something pasted by mistake?)"),
                problems.toString());
    }

    @Test
    void danglingAndLoopingLinksAreReportedWithTheirPath() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        Path dangling = fixture.root().resolve("entries/gone.md");
        Files.createSymbolicLink(dangling, fixture.root().resolve("nowhere.md"));
        Path loop = fixture.root().resolve("terms/loop.md");
        Files.createSymbolicLink(loop, loop);

        List<String> problems = problems(fixture);

        assertTrue(
                problems.contains(
                        dangling
                                + ":1: a symbolic link to "
                                + fixture.root().resolve("nowhere.md")
                                + ", which does not exist: point it at a real file or delete it"),
                problems.toString());
        assertTrue(
                problems.contains(
                        loop
                                + ":1: a symbolic link that loops back on itself: point it at a real file"),
                problems.toString());
    }
}
