package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RunConfigurationErrorsTest {
    @TempDir Path workingDir;

    @Test
    void everyProblemIsPrintedTogetherWithExitCode2AndNoSecret() throws Exception {
        Files.writeString(
                workingDir.resolve(".env"),
                """
                # a .env file is read too; the environment wins over it
                ONBOARDING_DAYS=FUNDAY
                PORT=8080
                """);
        try (ChildBot bot =
                ChildBot.start(
                        workingDir,
                        Map.of(
                                "PORT", "eighty",
                                "FAQ_DIR", workingDir.resolve("no-such-folder").toString(),
                                "LOG_LEVEL", "LOUD",
                                "DATABASE_URL", "mysql://bot:hunter2-secret@db.example/faq"),
                        "run")) {
            assertEquals(2, bot.waitForExit(Duration.ofSeconds(30)));
            String err = bot.stderr();
            for (String variable :
                    new String[] {
                        "PORT", "FAQ_DIR", "LOG_LEVEL", "DATABASE_URL", "ONBOARDING_DAYS"
                    }) {
                assertTrue(
                        err.contains("  " + variable + ": "), variable + " missing from:\n" + err);
            }
            assertTrue(err.contains("5 configuration problem(s)"), err);
            assertFalse(err.contains("hunter2"), err);
            assertTrue(err.contains(".env.example"), err);
        }
    }

    @Test
    void anUnreachableDatabaseIsExit1WithoutThePassword() throws Exception {
        try (ChildBot bot =
                ChildBot.start(
                        workingDir,
                        Map.of(
                                "PORT",
                                "0",
                                "FAQ_DIR",
                                Path.of("faq").toAbsolutePath().toString(),
                                "DATABASE_URL",
                                "jdbc:postgresql://bob:Hunter2-Secret@127.0.0.1:1/db"),
                        "run")) {
            assertEquals(1, bot.waitForExit(Duration.ofSeconds(60)));
            String err = bot.stderr();
            assertTrue(
                    err.contains(
                            "DATABASE_URL: cannot connect to the PostgreSQL 127.0.0.1:1/db as user bob"),
                    err);
            assertFalse(err.contains("Hunter2"), err);
        }
    }

    @Test
    void noArgumentsMeansRun() throws Exception {
        try (ChildBot bot =
                ChildBot.start(
                        workingDir,
                        Map.of(
                                "PORT",
                                "99999",
                                "FAQ_DIR",
                                Path.of("faq").toAbsolutePath().toString()))) {
            assertEquals(2, bot.waitForExit(Duration.ofSeconds(30)));
            assertTrue(bot.stderr().contains("  PORT: "), bot.stderr());
        }
    }

    @Test
    void contentProblemsAreConfigurationProblemsWithFileAndLine() throws Exception {
        Path faq = Files.createDirectories(workingDir.resolve("faq"));
        try (ChildBot bot = ChildBot.start(workingDir, Map.of(), "run")) {
            assertEquals(2, bot.waitForExit(Duration.ofSeconds(30)));
            assertTrue(
                    bot.stderr()
                            .contains(
                                    "  FAQ_DIR: faq"
                                            + java.io.File.separator
                                            + "sources.yml:1: missing file"),
                    bot.stderr());
        }
        assertTrue(Files.isDirectory(faq));
    }
}
