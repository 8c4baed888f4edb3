package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.store.Store.AskedQuestion;
import dev.tpmfaqbot.store.Store.Feedback;
import dev.tpmfaqbot.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir Path folder;
    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void recordAWeekOfQuestions() throws Exception {
        file = folder.resolve("state.db");
        try (Store store = Stores.open("sqlite:" + file, Path.of("unused.db"))) {
            Instant hourAgo = NOW.minus(Duration.ofHours(1));
            Instant daysAgo = NOW.minus(Duration.ofDays(3));
            store.recordQuestion(
                    new AskedQuestion("", "faq:what-is-a-tpm", 0.9, true, "slack", hourAgo));
            store.recordQuestion(
                    new AskedQuestion("", "faq:what-is-a-tpm", 0.9, true, "slack", daysAgo));
            store.recordQuestion(new AskedQuestion("", "term:okr", 0.8, true, "discord", daysAgo));
            store.recordQuestion(
                    new AskedQuestion(
                            "How do I become a TPM?", "faq:become", 0.3, false, "slack", daysAgo));
            store.recordQuestion(
                    new AskedQuestion(
                            "how to become a tpm", "faq:become", 0.5, false, "discord", hourAgo));
            store.recordQuestion(
                    new AskedQuestion(
                            "is the weather nice", "none", 0.05, false, "slack", daysAgo));
            store.recordFeedback(new Feedback("faq:what-is-a-tpm", true, "slack", hourAgo));
            store.recordFeedback(new Feedback("faq:what-is-a-tpm", false, "slack", hourAgo));
            store.recordFeedback(new Feedback("faq:what-is-a-tpm", true, "slack", hourAgo));
            store.recordFeedback(new Feedback("faq:what-is-a-tpm", true, "slack", daysAgo));
        }
    }

    private int report(String databaseSetting, String... args) {
        CommandLine command = new CommandLine(new ReportCommand(() -> databaseSetting, CLOCK));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void suggestPrintsTheClickedPhrasingsAsYamlLines() throws Exception {
        try (Store store = Stores.open("sqlite:" + file, Path.of("unused.db"))) {
            store.recordAll(
                    java.util.List.of(
                            Store.Recorded.of(
                                    new Store.SuggestionClick(
                                            "tpm okr",
                                            "term:tpm",
                                            "slack",
                                            NOW.minus(Duration.ofHours(2)))),
                            Store.Recorded.of(
                                    new Store.SuggestionClick(
                                            "tpm okr",
                                            "term:tpm",
                                            "discord",
                                            NOW.minus(Duration.ofHours(1)))),
                            Store.Recorded.of(
                                    new Store.SuggestionClick(
                                            "what is a tpm", "faq:what-is-a-tpm", "slack", NOW))));
        }
        assertEquals(0, report("sqlite:" + file, "--suggest"), err.toString());
        String text = out.toString();
        assertTrue(
                text.contains(
                        "      2  clicked twice as a did-you-mean topic; last 2026-03-10T11:00:00Z\n         term:tpm:\n           - \"tpm okr\"\n"),
                text);
        assertFalse(
                text.contains("what is a tpm"),
                "a question the content already has is not suggested");

        out.getBuffer().setLength(0);
        assertEquals(0, report("sqlite:" + file, "--suggest", "--json"), err.toString());
        assertEquals(
                "[{\"key\":\"term:tpm\",\"question\":\"tpm okr\",\"clicks\":2,\"afterNotHelpful\":0,\"lastClicked\":\"2026-03-10T11:00:00Z\","
                        + "\"accepted\":false,\"yaml\":\"  - \\\"tpm okr\\\"\"}]",
                out.toString().strip());
    }

    @Test
    void jsonForTheLastWeek() throws Exception {
        assertEquals(0, report("sqlite:" + file, "--json"), err.toString());

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertAll(
                () -> assertEquals("2026-03-03T12:00:00Z", json.get("since").asText()),
                () -> assertEquals("SQLite file " + file, json.get("database").asText()),
                () ->
                        assertEquals(
                                "[{\"key\":\"faq:what-is-a-tpm\",\"count\":2},{\"key\":\"term:okr\",\"count\":1}]",
                                json.get("mostAsked").toString()),
                () -> assertEquals(2, json.get("unanswered").size()),
                () ->
                        assertEquals(
                                "how to become a tpm",
                                json.get("unanswered").get(0).get("example").asText()),
                () -> assertEquals(2, json.get("unanswered").get(0).get("count").asInt()),
                () ->
                        assertEquals(
                                "faq:become",
                                json.get("unanswered").get(0).get("bestGuessKey").asText()),
                () ->
                        assertEquals(
                                0.4,
                                json.get("unanswered").get(0).get("bestGuessConfidence").asDouble(),
                                1e-9),
                () -> assertEquals(3, json.get("feedback").get(0).get("helpful").asInt()),
                () -> assertEquals(1, json.get("feedback").get(0).get("notHelpful").asInt()),
                () ->
                        assertEquals(
                                0.75,
                                json.get("feedback").get(0).get("helpfulRatio").asDouble(),
                                1e-9));
    }

    @Test
    void sinceNarrowsTheReport() throws Exception {
        assertEquals(0, report("sqlite:" + file, "--json", "--since", "24h"), err.toString());

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(
                "[{\"key\":\"faq:what-is-a-tpm\",\"count\":1}]", json.get("mostAsked").toString());
        assertEquals(1, json.get("unanswered").get(0).get("count").asInt());
    }

    @Test
    void textForPeople() {
        assertEquals(0, report("sqlite:" + file, "--limit", "1"), err.toString());

        String text = out.toString();
        assertAll(
                () ->
                        assertTrue(
                                text.startsWith(
                                        "Since 2026-03-03 12:00 Z, from the SQLite file " + file),
                                text),
                () -> assertTrue(text.contains("      2  faq:what-is-a-tpm\n"), text),
                () -> assertTrue(text.contains("      … and 1 more (--limit 0 shows all)"), text),
                () ->
                        assertTrue(
                                text.contains(
                                        "      2  how to become a tpm\n         best guess faq:become (0.40)"),
                                text),
                () ->
                        assertTrue(
                                text.contains("      3        1    75%  faq:what-is-a-tpm"), text));
    }

    @Test
    void questionsArePrintedWithTheirControlCharactersEscaped() throws Exception {
        try (Store store = Stores.open("sqlite:" + file, Path.of("unused.db"))) {
            store.recordQuestion(
                    new AskedQuestion(
                            "hi\u001b]0;owned\u0007\u001b[2J\u009b31m \u202etxt.exe",
                            "none",
                            0.1,
                            false,
                            "slack",
                            NOW.minus(Duration.ofMinutes(5))));
        }
        assertEquals(0, report("sqlite:" + file), err.toString());

        String text = out.toString();
        assertTrue(text.contains("hi\\x1b]0;owned\\x07\\x1b[2J\\x9b31m \\u202etxt.exe"), text);
        assertTrue(
                text.chars()
                        .noneMatch(
                                c ->
                                        c < 0x20 && c != '\n'
                                                || c >= 0x7f && c <= 0x9f
                                                || c == 0x202e),
                text);
    }

    @Test
    void theRetentionPeriodIsShown() throws Exception {
        CommandLine command =
                new CommandLine(
                        new ReportCommand(
                                name ->
                                        Map.of(
                                                        "DATABASE_URL",
                                                        "sqlite:" + file,
                                                        "RETENTION_DAYS",
                                                        "30")
                                                .getOrDefault(name, ""),
                                CLOCK));
        command.setOut(new PrintWriter(out, true));
        assertEquals(0, command.execute());
        assertTrue(
                out.toString()
                        .contains("Kept: questions and feedback for 30 days (RETENTION_DAYS)"),
                out.toString());

        assertEquals(0, report("sqlite:" + file, "--json"), err.toString());
        assertEquals(
                90,
                new ObjectMapper()
                        .readTree(out.toString().substring(out.toString().indexOf('{')))
                        .get("retentionDays")
                        .asInt());
    }

    @Test
    void anEmptyReportSaysSo() {
        assertEquals(0, report("sqlite:" + file, "--since", "2026-03-11"), err.toString());

        assertEquals(3, out.toString().split("      none\n", -1).length - 1, out.toString());
    }

    @Test
    void aMissingSqliteFileIsNotCreated() {
        Path elsewhere = folder.resolve("elsewhere.db");

        assertEquals(1, report("sqlite:" + elsewhere));

        assertTrue(err.toString().contains("No database at " + elsewhere), err.toString());
        assertTrue(err.toString().contains("DATABASE_URL"), err.toString());
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void anUnreachableDatabaseIsAnErrorWithoutThePassword() {
        assertEquals(1, report("postgres://bot:Secret-42@127.0.0.1:1/faq"));

        assertTrue(err.toString().startsWith("DATABASE_URL"), err.toString());
        assertFalse(err.toString().contains("Secret-42"), err.toString());
    }

    @Test
    void userInfoInAJdbcUrlIsNeverPrinted() {
        assertEquals(1, report("jdbc:postgresql://bob:Hunter2-Secret@127.0.0.1:1/db"));

        assertTrue(err.toString().startsWith("DATABASE_URL"), err.toString());
        assertFalse(err.toString().contains("Hunter2"), err.toString());
    }

    @Test
    void aBadSinceIsAUsageError() {
        assertEquals(2, report("sqlite:" + file, "--since", "last week"));

        assertTrue(err.toString().contains("--since takes 7d, 24h, 30m"), err.toString());
    }

    @Test
    void theCommandIsRegistered() {
        assertTrue(RootCommand.commandLine().getSubcommands().containsKey("report"));
    }
}
