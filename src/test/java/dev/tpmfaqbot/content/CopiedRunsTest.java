package dev.tpmfaqbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiedRunsTest {
    private static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir Path dir;

    @Test
    void aCopiedClauseIsFoundWithItsFileAndLineEvenWhenRepunctuated() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(
                articles.resolve("a.txt"),
                "Intro. A technical product manager sits between the engineers and the "
                        + "business side of the company, translating between them. The end.");
        Path content = Files.createDirectories(dir.resolve("faq/entries"));
        Files.writeString(
                content.resolve("copied.md"),
                "---\nid: x\n---\nFirst line.\n"
                        + "A Technical Product Manager sits between the engineers, and the business side of the company!\n");
        Files.writeString(
                content.resolve("own.md"),
                "A TPM links engineering and the business; a short shared phrase such as "
                        + "the business side of the company is fine.\n");

        List<ContentProblem> copies = CopiedRuns.from(articles).findIn(dir.resolve("faq"));

        assertEquals(1, copies.size(), copies.toString());
        assertEquals(content.resolve("copied.md"), copies.get(0).file());
        assertEquals(5, copies.get(0).line());
        assertTrue(copies.get(0).message().contains("a.txt"), copies.get(0).message());
    }

    @Test
    void theShippedContentCopiesNoSentenceFromTheSeedArticles() throws Exception {
        if (!Files.isDirectory(SEEDS)) {
            return; // a clone without ../shared beside it: the articles are not part of the
            // repository
        }
        assertEquals(List.of(), CopiedRuns.from(SEEDS).findIn(Path.of("faq")));
    }
}
