package dev.tpmfaqbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one help text: examples for an empty question, and the ways to ask in each platform's syntax.
 */
class HelpTextTest {
    private static final Map<String, String> ALL =
            Map.of(
                    "ask", "ASK", "compare", "COMPARE", "define", "DEFINE", "topics", "TOPICS",
                    "message", "MESSAGE");

    @Test
    void theExamplesAreTheStartOfEveryPlatformsHelp() {
        String examples = HelpText.examples();
        assertTrue(examples.contains("tpm vs pm"), examples);
        assertFalse(examples.contains("{"), examples);
        assertTrue(HelpText.withCommands(ALL).startsWith(examples));
    }

    @Test
    void eachPlaceholderTakesThePlatformsSyntax() {
        String help = HelpText.withCommands(ALL);
        for (String syntax : ALL.values()) {
            assertEquals(
                    1,
                    help.lines().filter(line -> line.startsWith("- " + syntax + ":")).count(),
                    help);
        }
        assertFalse(help.contains("{") || help.contains("<!--"), help);
        assertTrue(help.contains("direct message"), "a way to ask without a command stays");
    }

    @Test
    void aWayThePlatformDoesNotHaveIsLeftOut() {
        Map<String, String> noMessageCommand =
                Map.of("ask", "ASK", "compare", "COMPARE", "define", "DEFINE", "topics", "TOPICS");
        String help = HelpText.withCommands(noMessageCommand);
        assertFalse(help.contains("the question that message raises"), help);
        assertTrue(help.contains("- ASK:"), help);
    }
}
