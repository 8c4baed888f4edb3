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

/** The program run as its own process away from the project folder, as an operator runs it. */
@Timeout(120)
class ElsewhereTest {
    private static final String TOKEN =
            "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz1234567890AB";

    @TempDir Path workingDir;

    @Test
    void faqDirFromDotEnvWorksForEveryCommand() throws Exception {
        Files.writeString(
                workingDir.resolve(".env"), "FAQ_DIR=" + Path.of("faq").toAbsolutePath() + "\n");
        try (ChildBot topics = ChildBot.start(workingDir, Map.of(), "topics")) {
            assertEquals(0, topics.waitForExit(Duration.ofSeconds(60)), topics.stderr());
            assertTrue(topics.stdout().contains("faq:what-is-a-tpm"), topics.stdout());
        }
    }

    @Test
    void discordOutOfReachIsOneLineAndExitCode1() throws Exception {
        try (ChildBot bot =
                ChildBot.start(
                        workingDir,
                        Map.of(
                                "PORT",
                                "0",
                                "FAQ_DIR",
                                Path.of("faq").toAbsolutePath().toString(),
                                "DISCORD_BOT_TOKEN",
                                TOKEN,
                                "DISCORD_API_URL",
                                "http://127.0.0.1:1/api/v10/"),
                        "run")) {
            assertEquals(1, bot.waitForExit(Duration.ofSeconds(60)), bot.stderr());
            String err = bot.stderr();
            assertTrue(
                    err.contains(
                            "Cannot start: could not reach Discord at http://127.0.0.1:1/api/v10/ (DISCORD_API_URL)"),
                    err);
            assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
            assertFalse(err.contains(TOKEN), err);
        }
    }
}
