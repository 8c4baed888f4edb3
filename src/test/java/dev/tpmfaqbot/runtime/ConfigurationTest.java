package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.ContentCopy;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.content.ContentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @Test
    void defaultsNeedNoVariablesAtAll() throws Exception {
        Configuration config =
                Configuration.read(Environment.of(Map.of()), List.of(new TestChatModule()));
        assertEquals(Path.of("faq"), config.core().faqDir());
        assertEquals(8080, config.core().port());
        assertEquals(
                Optional.of(Path.of("data", "tpm-faq-bot.db")),
                config.core().database().sqliteFile());
        assertEquals("INFO", config.core().logLevel());
        assertEquals(90, config.core().retentionDays());
        assertEquals(
                ContentLoader.load(Path.of("faq")).answerables().size(),
                config.content().size(),
                "the content in faq/");
        assertTrue(config.adapters().isEmpty(), "no token, no adapter");
    }

    @Test
    void everyProblemIsReportedTogetherNamingItsVariable() {
        InvalidConfigurationException e =
                assertThrows(
                        InvalidConfigurationException.class,
                        () ->
                                Configuration.read(
                                        Environment.of(
                                                Map.of(
                                                        "PORT",
                                                        "eighty",
                                                        "FAQ_DIR",
                                                        "no/such/folder",
                                                        "LOG_LEVEL",
                                                        "LOUD",
                                                        "DATABASE_URL",
                                                        "mysql://bot:hunter2@db.example/faq",
                                                        "ONBOARDING_DAYS",
                                                        "FUNDAY",
                                                        "ONBOARDING_TIMEZONE",
                                                        "Mars/Olympus",
                                                        TestChatModule.TOKEN,
                                                        "wrong-shape-s3cr3t")),
                                        List.of(new TestChatModule())));
        List<String> problems = e.problems();
        for (String variable :
                List.of(
                        "PORT",
                        "FAQ_DIR",
                        "LOG_LEVEL",
                        "DATABASE_URL",
                        "ONBOARDING_DAYS",
                        "ONBOARDING_TIMEZONE",
                        TestChatModule.TOKEN)) {
            assertEquals(
                    1,
                    problems.stream().filter(p -> p.startsWith(variable + ": ")).count(),
                    variable + " in " + problems);
        }
        String all = String.join("\n", problems);
        assertFalse(all.contains("hunter2"), all);
        assertFalse(all.contains("s3cr3t"), all);
    }

    @Test
    void portMustBeInRange() {
        for (String port : List.of("65536", "-1", "80.5", "8080 ")) {
            if (port.equals("8080 ")) {
                assertDoesNotThrow(port);
            } else {
                InvalidConfigurationException e =
                        assertThrows(
                                InvalidConfigurationException.class,
                                () ->
                                        Configuration.read(
                                                Environment.of(Map.of("PORT", port)), List.of()));
                assertTrue(e.problems().get(0).startsWith("PORT: "), e.problems().toString());
            }
        }
    }

    @Test
    void retentionIsAPositiveNumberOfDays() throws Exception {
        assertEquals(
                30,
                Configuration.read(Environment.of(Map.of("RETENTION_DAYS", "30")), List.of())
                        .core()
                        .retentionDays());
        for (String days : List.of("0", "-5", "ninety", "1.5")) {
            InvalidConfigurationException e =
                    assertThrows(
                            InvalidConfigurationException.class,
                            () ->
                                    Configuration.read(
                                            Environment.of(Map.of("RETENTION_DAYS", days)),
                                            List.of()));
            assertEquals(
                    List.of(
                            "RETENTION_DAYS: must be a number of days from 1 to 36500 (default 90)"),
                    e.problems(),
                    days);
        }
    }

    @Test
    void logFormatIsTextOrJson() throws Exception {
        assertEquals(
                "json",
                Configuration.read(Environment.of(Map.of("LOG_FORMAT", "JSON")), List.of())
                        .core()
                        .logFormat());
        InvalidConfigurationException e =
                assertThrows(
                        InvalidConfigurationException.class,
                        () ->
                                Configuration.read(
                                        Environment.of(Map.of("LOG_FORMAT", "xml")), List.of()));
        assertEquals(List.of("LOG_FORMAT: must be text or json"), e.problems());
    }

    @Test
    void logLevelIgnoresCase() throws Exception {
        assertEquals(
                "DEBUG",
                Configuration.read(Environment.of(Map.of("LOG_LEVEL", "debug")), List.of())
                        .core()
                        .logLevel());
    }

    @Test
    void contentProblemsComeWithFileAndLine(@TempDir Path folder) throws Exception {
        Path faq = ContentCopy.of(Path.of("faq"), folder.resolve("faq"));
        Path entry = faq.resolve("entries/does-a-tpm-need-to-code.md");
        Files.writeString(entry, Files.readString(entry).replace("title:", "titel:"));
        InvalidConfigurationException e =
                assertThrows(
                        InvalidConfigurationException.class,
                        () ->
                                Configuration.read(
                                        Environment.of(
                                                Map.of("FAQ_DIR", faq.toString(), "PORT", "x")),
                                        List.of()));
        assertTrue(
                e.problems().stream()
                        .anyMatch(
                                p ->
                                        p.startsWith("FAQ_DIR: " + entry + ":")
                                                && p.matches("FAQ_DIR: .*\\.md:\\d+: .*")),
                e.problems().toString());
        assertTrue(
                e.problems().stream().anyMatch(p -> p.startsWith("PORT: ")), "reported together");
    }

    @Test
    void aConfiguredPlatformIsListed() throws Exception {
        Configuration config =
                Configuration.read(
                        Environment.of(Map.of(TestChatModule.TOKEN, "tok-1")),
                        List.of(new TestChatModule()));
        assertEquals(
                List.of("testchat"),
                config.adapters().stream().map(ConfiguredAdapter::name).toList());
    }

    private static void assertDoesNotThrow(String port) {
        try {
            Configuration.read(Environment.of(Map.of("PORT", port)), List.of());
        } catch (InvalidConfigurationException e) {
            throw new AssertionError(e.problems().toString());
        }
    }
}
