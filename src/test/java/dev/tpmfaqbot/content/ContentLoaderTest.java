package dev.tpmfaqbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir Path dir;

    @Test
    void theFixtureIsValid() throws Exception {
        Content content = ContentLoader.load(ContentFixture.validIn(dir).root());
        assertEquals(
                List.of("faq:does-a-tpm-need-to-code", "term:backlog", "compare:pm:tpm"),
                content.answerables().stream().map(Answerable::key).toList());
        assertEquals("A one-sentence answer.", content.entries().get(0).shortAnswer());
    }

    @Test
    void theProjectContentIsValid() throws Exception {
        Content content =
                ContentLoader.load(Path.of("faq")); // throws, naming file and line, when it is not
        // Completeness is the catalogue's business (CatalogueTest); content owners may add entries
        // freely.
        assertFalse(
                content.entries().isEmpty()
                        || content.terms().isEmpty()
                        || content.comparisons().isEmpty());
    }

    @Test
    void badYamlNamesTheFileAndLine() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "terms/backlog.md",
                                """
                ---
                id: backlog
                title: Backlog
                aliases: [product backlog
                sources: [article]
                ---
                Text.
                """);
        ContentProblem problem = onlyProblem(fixture);
        assertEquals(fixture.file("terms/backlog.md"), problem.file());
        assertTrue(problem.line() >= 4 && problem.line() <= 6, "line " + problem.line());
        assertTrue(problem.message().startsWith("bad YAML"), problem.message());
    }

    @Test
    void missingIdTitleAndBodyAreAllReported() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "entries/does-a-tpm-need-to-code.md",
                                """
                ---
                questions: [a one, a two, a three, a four]
                sources: [article]
                ---
                """);
        String problems = problemsOf(fixture);
        assertTrue(problems.contains("missing field 'id'"), problems);
        assertTrue(problems.contains("missing field 'title'"), problems);
        assertTrue(problems.contains("missing body"), problems);
    }

    @Test
    void duplicateIdsAreReported() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        fixture.write(
                "terms/backlog-copy.md",
                Files.readString(fixture.file("terms/backlog.md"))
                        .replace("id: backlog", "id: backlog-copy"));
        fixture.write(
                "roles/tpm-again.md",
                ContentFixture.role("tpm", "Technical product manager again"));
        String problems = problemsOf(fixture);
        assertTrue(problems.contains("duplicate role 'tpm'"), problems);
        assertTrue(problems.contains("does not match the file name"), problems);
    }

    @Test
    void duplicateAlternateQuestionsAreReportedAtTheirLine() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "entries/tpm-salary.md",
                                ContentFixture.entry(
                                        "tpm-salary",
                                        "TPM salary?",
                                        "tpm pay",
                                        "Do TPMs code?",
                                        "what do tpms earn",
                                        "tpm income"));
        ContentProblem problem = onlyProblem(fixture);
        assertEquals(fixture.file("entries/tpm-salary.md"), problem.file());
        assertEquals(6, problem.line());
        assertTrue(
                problem.message().contains("duplicate question \"Do TPMs code?\""),
                problem.message());
    }

    @Test
    void unknownRelatedKeyIsReportedAtItsLine() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "terms/backlog.md",
                                """
                ---
                id: backlog
                title: Backlog
                related:
                  - faq:does-a-tpm-need-to-code
                  - faq:no-such-entry
                sources: [article]
                ---
                Text.
                """);
        ContentProblem problem = onlyProblem(fixture);
        assertEquals(6, problem.line());
        assertEquals("unknown key 'faq:no-such-entry' in related", problem.message());
    }

    @Test
    void unknownRoleInAComparisonIsReported() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "comparisons/pm--wizard.md",
                                """
                ---
                roles: [pm, wizard]
                title: PM vs wizard
                sources: [article]
                ---
                Magic.
                """);
        String problems = problemsOf(fixture);
        assertTrue(
                problems.contains("comparisons/pm--wizard.md:2: unknown role 'wizard'"), problems);
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir).write("entries/empty.md", "");
        assertEquals("the file is empty", onlyProblem(fixture).message());
    }

    @Test
    void everyProblemIsReportedAtOnceAcrossFiles() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write("entries/empty.md", "  \n")
                        .write(
                                "terms/api.md",
                                "---\nid: api\ntitle: API\nsources: [nowhere]\n---\nAn interface.\n")
                        .write(
                                "roles/pm.md",
                                "---\nid: pm\nname: Product manager\nsources: [article]\ndimensions: {}\n---\n")
                        .write("notes.txt", "ignored: not in a content folder");
        List<ContentProblem> problems =
                assertThrows(
                                InvalidContentException.class,
                                () -> ContentLoader.load(fixture.root()))
                        .problems();
        String all = problems.toString();
        assertTrue(all.contains("the file is empty"), all);
        assertTrue(all.contains("unknown source 'nowhere'"), all);
        assertTrue(all.contains("missing dimension 'focus'"), all);
        assertEquals(3, problems.size(), all);
    }

    @Test
    void aMissingComparisonPairAndAWrongFileTypeAreReported() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write("roles/em.md", ContentFixture.role("em", "Engineering manager"))
                        .write("entries/draft.txt", "not markdown");
        String problems = problemsOf(fixture);
        assertTrue(
                problems.contains("no comparison with role 'em'")
                        || problems.contains("write comparisons/em--pm.md"),
                problems);
        assertTrue(
                problems.contains("draft.txt:1: not read: content files must end in .md"),
                problems);
    }

    @Test
    void unknownFieldsAndNonUtf8AreReported() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        fixture.write(
                "terms/backlog.md",
                Files.readString(fixture.file("terms/backlog.md")).replace("aliases:", "alises:"));
        Files.write(
                fixture.file("terms/latin.md"),
                new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        String problems = problemsOf(fixture);
        assertTrue(problems.contains("unknown field 'alises'"), problems);
        assertTrue(problems.contains("latin.md:1: not UTF-8"), problems);
    }

    @Test
    void problemsPrintAsFileColonLineColonMessage() {
        ContentProblem problem =
                new ContentProblem(Path.of("faq/terms/x.md"), 7, "something wrong");
        assertEquals("faq/terms/x.md:7: something wrong", problem.toString());
    }

    @Test
    void termsMayListQuestionsAndDeclinesAreReadByGroup() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "terms/backlog.md",
                                """
                        ---
                        id: backlog
                        title: Backlog
                        aliases: [product backlog]
                        questions: [what do you call the list of work not done yet]
                        sources: [article]
                        ---
                        The ordered list of work not done yet.
                        """)
                        .write(
                                "out-of-scope.yml",
                                "other-jobs:\n  - what does a data engineer earn\nchit-chat: [tell me a joke]\n");
        Content content = ContentLoader.load(fixture.root());
        assertEquals(
                List.of("what do you call the list of work not done yet"),
                content.terms().get(0).questions());
        assertEquals(List.of("tell me a joke"), content.outOfScope().groups().get("chit-chat"));
        assertEquals(ContentSettings.DEFAULT, content.settings());
    }

    @Test
    void aDeclinedQuestionThatIsAlsoAnEntrysQuestionNamesItsLine() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "out-of-scope.yml",
                                "chit-chat:\n  - tell me a joke\n  - do tpms code\n");
        ContentProblem problem = onlyProblem(fixture);
        assertEquals(fixture.file("out-of-scope.yml"), problem.file());
        assertEquals(3, problem.line());
        assertTrue(
                problem.message().contains("cannot be both answered and declined"),
                problem.message());
    }

    @Test
    void theHomeRoleMustBeARole() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write("settings.yml", "home-role: tpm\ndefault-comparison: qa\n");
        ContentProblem problem = onlyProblem(fixture);
        assertEquals(fixture.file("settings.yml"), problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("'qa' is not a role"), problem.message());
    }

    @Test
    void contentWithoutTheDefaultHomeRoleFailsValidation() throws Exception {
        ContentFixture fixture = ContentFixture.validIn(dir);
        Files.delete(fixture.file("roles/tpm.md"));
        Files.delete(fixture.file("comparisons/pm--tpm.md"));
        InvalidContentException e =
                assertThrows(
                        InvalidContentException.class, () -> ContentLoader.load(fixture.root()));
        assertTrue(
                e.problems().stream()
                        .anyMatch(p -> p.message().contains("home-role 'tpm' is not a role")),
                e.problems().toString());
    }

    @Test
    void generalPracticeIsCitedAndTheCitationIsVisible() throws Exception {
        ContentFixture fixture =
                ContentFixture.validIn(dir)
                        .write(
                                "sources.yml",
                                "article:\n  title: An article\nindustry-practice:\n  title: General practice\n")
                        .write(
                                "terms/backlog.md",
                                """
                        ---
                        id: backlog
                        title: Backlog
                        sources: [article, industry-practice]
                        ---
                        The ordered list of work not done yet.
                        """)
                        .write(
                                "comparisons/pm--tpm.md",
                                """
                        ---
                        roles: [pm, tpm]
                        title: PM vs TPM
                        sources: [article]
                        ---
                        In general practice, one owns what, the other how.
                        """);
        List<ContentProblem> problems =
                assertThrows(
                                InvalidContentException.class,
                                () -> ContentLoader.load(fixture.root()))
                        .problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).message().contains("add industry-practice to sources"),
                problems.toString());
        assertEquals(fixture.file("comparisons/pm--tpm.md"), problems.get(0).file());
        assertTrue(
                problems.get(1).message().contains("never says which part is general practice"),
                problems.toString());
        assertEquals(fixture.file("terms/backlog.md"), problems.get(1).file());
        assertEquals(4, problems.get(1).line());
    }

    private static ContentProblem onlyProblem(ContentFixture fixture) {
        List<ContentProblem> problems =
                assertThrows(
                                InvalidContentException.class,
                                () -> ContentLoader.load(fixture.root()))
                        .problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static String problemsOf(ContentFixture fixture) throws IOException {
        return assertThrows(InvalidContentException.class, () -> ContentLoader.load(fixture.root()))
                .problems()
                .toString();
    }
}
