package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackModuleSettingsTest {
    private static final String BOT = "xoxb-1234-5678-secretpart";
    private static final String APP = "xapp-1-A0-secretpart";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private final ConfigProblems problems = new ConfigProblems();

    private Optional<SlackSettings> read(Map<String, String> variables) {
        return new SlackModule().settings(Environment.of(variables), problems);
    }

    private String problemsText() {
        return String.join("\n", problems.list());
    }

    @Test
    void noSlackVariablesMeansNoSlack() {
        assertEquals(Optional.empty(), read(Map.of("DISCORD_TOKEN", "x", "SLACK_BOT_TOKEN", " ")));
        assertTrue(problems.isEmpty());
    }

    @Test
    void httpModeWithChannelsAndTheDefaultApiUrl() {
        SlackSettings settings =
                read(Map.of(
                                "SLACK_BOT_TOKEN",
                                BOT,
                                "SLACK_SIGNING_SECRET",
                                SECRET,
                                "SLACK_ASK_CHANNELS",
                                "C0A, C0B C0A",
                                "SLACK_ONBOARDING_CHANNELS",
                                "G0PRIVATE"))
                        .orElseThrow();

        assertFalse(settings.socketMode());
        assertEquals("https://slack.com/api/", settings.apiUrl());
        assertEquals(Set.of("C0A", "C0B"), settings.askChannels());
        assertEquals(List.of("G0PRIVATE"), settings.onboardingChannels());
        assertTrue(problems.isEmpty());
    }

    @Test
    void socketModeNeedsNoSigningSecret() {
        SlackSettings settings =
                read(Map.of(
                                "SLACK_BOT_TOKEN",
                                BOT,
                                "SLACK_APP_TOKEN",
                                APP,
                                "SLACK_API_URL",
                                "http://127.0.0.1:9/api"))
                        .orElseThrow();

        assertTrue(settings.socketMode());
        assertEquals("http://127.0.0.1:9/api/", settings.apiUrl());
        assertFalse(settings.toString().contains("secretpart"), settings.toString());
    }

    @Test
    void everyProblemIsReportedNamingTheVariableNeverTheSecret() {
        Optional<SlackSettings> settings =
                read(
                        Map.of(
                                "SLACK_BOT_TOKEN",
                                "xoxp-user-secretpart",
                                "SLACK_APP_TOKEN",
                                "xoxb-secretpart",
                                "SLACK_API_URL",
                                "slack.example",
                                "SLACK_ASK_CHANNELS",
                                "#general",
                                "SLACK_ONBOARDING_CHANNELS",
                                "C0OK"));

        assertEquals(Optional.empty(), settings);
        String text = problemsText();
        for (String variable :
                List.of(
                        "SLACK_BOT_TOKEN",
                        "SLACK_APP_TOKEN",
                        "SLACK_API_URL",
                        "SLACK_ASK_CHANNELS")) {
            assertTrue(text.contains(variable + ": "), text);
        }
        assertFalse(text.contains("secretpart"), text);
        assertFalse(text.contains("SLACK_ONBOARDING_CHANNELS"), text);
    }

    @Test
    void anyVariableWithoutTheBotTokenIsAProblem() {
        assertEquals(Optional.empty(), read(Map.of("SLACK_ASK_CHANNELS", "C0A")));

        assertTrue(problemsText().contains("SLACK_BOT_TOKEN: is required"), problemsText());
        assertTrue(
                problemsText().contains("SLACK_SIGNING_SECRET: is required in HTTP mode"),
                problemsText());
    }
}
