package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tpmfaqbot.content.ContentLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ANSWER_FIELDS =
            new TreeSet<>(
                    List.of(
                            "question",
                            "key",
                            "kind",
                            "confidence",
                            "band",
                            "title",
                            "text",
                            "followUps",
                            "suggestions",
                            "sources"));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RootCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void askJsonPrintsOneObjectWithTheDocumentedFields() throws Exception {
        assertEquals(0, run("ask", "--json", "does a tpm need to code?"));
        JsonNode answer = JSON.readTree(out.toString());
        Set<String> fields = new TreeSet<>();
        answer.fieldNames().forEachRemaining(fields::add);
        assertEquals(ANSWER_FIELDS, fields);
        assertEquals("does a tpm need to code?", answer.get("question").asText());
        assertEquals("faq:does-a-tpm-need-to-code", answer.get("key").asText());
        assertEquals("faq", answer.get("kind").asText());
        assertTrue(answer.get("confidence").isNumber());
        assertTrue(
                answer.get("followUps").get(0).has("key")
                        && answer.get("followUps").get(0).has("title"));
        assertTrue(answer.get("sources").get(0).isTextual());
    }

    @Test
    void askExplainSaysWhyInTextAndJson() throws Exception {
        assertEquals(0, run("ask", "--explain", "does a tpm need to code?"));
        String text = out.toString();
        assertTrue(
                text.contains("route:      search")
                        && text.contains("candidates:")
                        && text.contains("meaning=")
                        && text.contains("answer from 0.50"),
                text);
        assertTrue(
                text.indexOf("faq:does-a-tpm-need-to-code") < text.indexOf("why:"),
                "the answer first, then why");

        out.getBuffer().setLength(0);
        assertEquals(0, run("ask", "--explain", "--json", "does a tpm need to code?"));
        JsonNode why = JSON.readTree(out.toString()).get("explanation");
        assertEquals("search", why.get("route").asText());
        assertEquals(0.5, why.get("answerFrom").asDouble());
        assertEquals(0.25, why.get("suggestFrom").asDouble());
        assertEquals(
                "faq:does-a-tpm-need-to-code", why.get("candidates").get(0).get("key").asText());
        assertTrue(why.get("candidates").get(0).get("features").has("meaning"));
    }

    @Test
    void askWithoutAQuestionAnswersEachLineOfStandardInputInOrder() throws Exception {
        InputStream original = System.in;
        System.setIn(
                new ByteArrayInputStream(
                        "project manager vs program manager\n\nwhat is kubernetes\n*:*\n"
                                .getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(0, run("ask", "--json"));
        } finally {
            System.setIn(original);
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(4, lines.size());
        assertEquals(
                "compare:program-manager:project-manager",
                JSON.readTree(lines.get(0)).get("key").asText());
        assertEquals("comparison", JSON.readTree(lines.get(0)).get("kind").asText());
        assertEquals("", JSON.readTree(lines.get(1)).get("question").asText());
        assertEquals("none", JSON.readTree(lines.get(2)).get("kind").asText());
        assertEquals("*:*", JSON.readTree(lines.get(3)).get("question").asText());
    }

    @Test
    void askForPeopleShowsTitleKeyTextAndSources() {
        assertEquals(0, run("ask", "what", "is", "a", "backlog"));
        String text = out.toString();
        assertTrue(text.startsWith("Backlog"), text);
        assertTrue(text.contains("[term:backlog, confidence"), text);
        assertTrue(text.contains("Sources:"), text);
    }

    @Test
    void topicsListsEveryKey() throws Exception {
        assertEquals(0, run("topics", "--json"));
        JsonNode topics = JSON.readTree(out.toString());
        assertEquals(ContentLoader.load(Path.of("faq")).answerables().size(), topics.size());
        assertTrue(topics.get(0).has("key") && topics.get(0).has("title"));
    }

    @Test
    void validateExitsZeroWhenCleanAndOneWithEveryProblem(@TempDir Path dir) throws Exception {
        assertEquals(0, run("validate", "faq"));
        assertTrue(
                out.toString()
                        .matches(
                                "(?s).*OK: \\d+ FAQ entries, \\d+ terms, \\d+ roles, \\d+ comparisons.*"),
                out.toString());
        Files.createDirectories(dir.resolve("entries"));
        Files.writeString(dir.resolve("entries/x.md"), "no front matter\n");
        assertEquals(1, run("validate", dir.toString()));
        assertTrue(
                err.toString()
                        .contains(
                                dir.resolve("entries/x.md")
                                        + ":1: the file must start with a front matter block"),
                err.toString());
        assertTrue(err.toString().contains("sources.yml:1: missing file"), err.toString());
    }

    @Test
    void validateWithArticlesSaysHowManyItReadAndRefusesAnEmptyFolder(@TempDir Path dir)
            throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(
                articles.resolve("one.txt"),
                "Nothing in this made-up article is worded the way the content words things.");

        assertEquals(0, run("validate", "faq", "--articles", articles.toString()));
        assertTrue(
                out.toString().contains("no run of 10 words copied from the 1 article(s)"),
                out.toString());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(1, run("validate", "faq", "--articles", empty.toString()));
        assertTrue(err.toString().contains("no articles there"), err.toString());
    }

    @Test
    void evalPrintsMissesAndTheSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.jsonl");
        Files.writeString(
                file, "{\"question\": \"tpm vs pm\", \"expected\": [\"faq:tpm-salary\"]}\n");
        assertEquals(0, run("eval", file.toString()));
        assertTrue(out.toString().contains("MISS line 1: tpm vs pm"), out.toString());
        assertTrue(out.toString().contains("top-1 accuracy 0.000"), out.toString());
    }

    @Test
    void benchReportsEveryFigure() {
        assertEquals(
                0,
                run("bench", "--rounds", "1", "--seconds", "1", "--warmup", "10", "--builds", "1"));
        String text = out.toString();
        for (String figure :
                List.of(
                        "sentence model loaded",
                        "first index build",
                        "index build, warm",
                        "p50",
                        "p99",
                        "max",
                        "single thread",
                        "all ",
                        "heap used")) {
            assertTrue(text.contains(figure), figure + " missing in\n" + text);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command :
                List.of("run", "ask", "topics", "validate", "eval", "bench", "report")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"), command + ": " + err);
            assertTrue(
                    out.toString().contains("Usage: tpm-faq-bot " + command + " "), out.toString());
        }
    }

    @Test
    void theCommandListSaysWhatEachDoesInWholeSentences() {
        assertEquals(0, run("--help"));
        List<String> entries = new java.util.ArrayList<>();
        for (String line :
                out.toString()
                        .lines()
                        .dropWhile(line -> !line.equals("Commands:"))
                        .skip(1)
                        .toList()) {
            if (line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else {
                entries.set(
                        entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            }
        }
        assertEquals(8, entries.size(), out.toString());
        entries.forEach(entry -> assertTrue(entry.endsWith("."), "cut mid-sentence: " + entry));
    }

    @Test
    void withoutAContentFolderEachCommandSaysSoInOneLine(@TempDir Path elsewhere) {
        for (String[] args :
                List.of(
                        new String[] {"ask", "what is a tpm"},
                        new String[] {"topics"},
                        new String[] {"bench", "--rounds", "1"},
                        new String[] {
                            "eval", Path.of("eval/questions.jsonl").toAbsolutePath().toString()
                        })) {
            err.getBuffer().setLength(0);
            assertEquals(
                    1, run(withFolder(args, elsewhere.resolve("faq"))), String.join(" ", args));
            String said = err.toString();
            assertEquals(1, said.lines().count(), said);
            assertTrue(said.startsWith("tpm-faq-bot " + args[0] + ": "), said);
            assertTrue(
                    said.contains("not a readable content folder") && said.contains("--faq-dir"),
                    said);
        }
    }

    @Test
    void aMissingOrMalformedEvalFileIsOneLine(@TempDir Path dir) throws Exception {
        assertEquals(1, run("eval", dir.resolve("missing.jsonl").toString()));
        assertEquals(
                "tpm-faq-bot eval: no such file: " + dir.resolve("missing.jsonl") + "\n",
                err.toString());

        err.getBuffer().setLength(0);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{bad\n");
        assertEquals(1, run("eval", bad.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(
                err.toString().startsWith("tpm-faq-bot eval: " + bad + ":1: not JSON"),
                err.toString());
    }

    /** The command with --faq-dir FOLDER after its name. */
    private static String[] withFolder(String[] args, Path folder) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(1, List.of("--faq-dir", folder.toString()));
        return all.toArray(String[]::new);
    }
}
