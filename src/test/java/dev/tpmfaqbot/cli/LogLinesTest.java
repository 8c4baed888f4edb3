package dev.tpmfaqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the running bot logs: its time with the date and zone, or one JSON object per line with
 * LOG_FORMAT=json.
 */
@Timeout(120)
class LogLinesTest {
    @TempDir Path workingDir;

    /** The bot's own logging configuration (the test classpath has a quieter one of its own). */
    private List<String> logOfAStartAndStop(Map<String, String> settings) throws Exception {
        Map<String, String> variables = new java.util.HashMap<>(settings);
        variables.put("JAVA_TOOL_OPTIONS", "-Dlogback.configurationFile=logback.xml");
        try (ChildBot bot = ChildBot.start(workingDir, variables, "run")) {
            for (int i = 0; i < 900 && !bot.stderr().contains("ready in "); i++) {
                Thread.sleep(100);
            }
            bot.terminate();
            assertEquals(0, bot.waitForExit(Duration.ofSeconds(30)), bot.stderr());
            return bot.stderr()
                    .lines()
                    .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                    .toList();
        }
    }

    @Test
    void textLinesCarryTheDateAndZone() throws Exception {
        List<String> lines =
                logOfAStartAndStop(
                        Map.of("PORT", "0", "FAQ_DIR", Path.of("faq").toAbsolutePath().toString()));

        assertFalse(lines.isEmpty());
        lines.forEach(
                line ->
                        assertTrue(
                                line.matches(
                                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) .*"),
                                line));
    }

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        List<String> lines =
                logOfAStartAndStop(
                        Map.of(
                                "PORT",
                                "0",
                                "FAQ_DIR",
                                Path.of("faq").toAbsolutePath().toString(),
                                "LOG_FORMAT",
                                "json"));

        ObjectMapper json = new ObjectMapper();
        int objects = 0;
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertTrue(
                    event.has("level") && event.has("formattedMessage") && event.has("timestamp"),
                    line);
            objects++;
        }
        assertTrue(objects > 3, lines.toString());
    }
}
