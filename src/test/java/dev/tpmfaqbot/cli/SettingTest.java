package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingTest {
    /**
     * The environment wins over .env; when the test runs with DATABASE_URL set, that is what comes
     * back.
     */
    private static final String ENVIRONMENT = System.getenv("DATABASE_URL");

    @TempDir Path folder;

    @Test
    void aDotEnvFileIsReadWhenTheEnvironmentSaysNothing() throws Exception {
        Files.writeString(
                folder.resolve(".env"),
                "# the bot's settings\nSLACK_BOT_TOKEN=xoxb-1\nDATABASE_URL=sqlite:from-dotenv.db\n");

        assertEquals(
                ENVIRONMENT != null ? ENVIRONMENT : "sqlite:from-dotenv.db", Setting.read(folder));
    }

    @Test
    void withNeitherTheSettingIsEmpty() {
        assertEquals(ENVIRONMENT != null ? ENVIRONMENT : "", Setting.read(folder));
    }

    @Test
    void aMalformedDotEnvIsReportedWithoutItsContent() throws Exception {
        Files.writeString(
                folder.resolve(".env"),
                "SLACK_BOT_TOKEN=xoxb-1\nDATABASE_URL postgres://bot:Secret-123@db/faq\n");

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> Setting.read(folder));

        assertFalse(refused.getMessage().contains("Secret-123"), refused.getMessage());
    }
}
