package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifests people create the app from must ask for what the adapter handles. */
class SlackManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void bothManifestsDeclareTheCommandEventsScopesAndInteractivity() throws Exception {
        for (String file : List.of("slack/manifest.yml", "slack/manifest-http.yml")) {
            JsonNode manifest = YAML.readTree(Path.of(file).toFile());
            JsonNode settings = manifest.path("settings");

            assertEquals(
                    SlashCommands.COMMAND,
                    manifest.path("features")
                            .path("slash_commands")
                            .get(0)
                            .path("command")
                            .asText());
            assertTrue(
                    strings(settings.path("event_subscriptions").path("bot_events"))
                            .containsAll(
                                    List.of(
                                            "app_mention",
                                            "message.im",
                                            "message.channels",
                                            "member_joined_channel")),
                    file);
            assertTrue(
                    strings(manifest.path("oauth_config").path("scopes").path("bot"))
                            .containsAll(
                                    List.of(
                                            "app_mentions:read",
                                            "im:history",
                                            "channels:history",
                                            "channels:read",
                                            "chat:write",
                                            "commands")),
                    file);
            assertTrue(settings.path("interactivity").path("is_enabled").asBoolean(), file);
            assertTrue(
                    manifest.path("features")
                            .path("app_home")
                            .path("messages_tab_enabled")
                            .asBoolean(),
                    file);
        }
    }

    @Test
    void bothManifestsSwitchOnTheAssistantViewAndTheMessageShortcut() throws Exception {
        for (String file : List.of("slack/manifest.yml", "slack/manifest-http.yml")) {
            JsonNode manifest = YAML.readTree(Path.of(file).toFile());

            assertTrue(
                    manifest.path("features")
                            .path("assistant_view")
                            .path("assistant_description")
                            .isTextual(),
                    file);
            assertTrue(
                    strings(
                                    manifest.path("settings")
                                            .path("event_subscriptions")
                                            .path("bot_events"))
                            .containsAll(
                                    List.of(
                                            "assistant_thread_started",
                                            "assistant_thread_context_changed")),
                    file);
            assertTrue(
                    strings(manifest.path("oauth_config").path("scopes").path("bot"))
                            .contains("assistant:write"),
                    file);
            JsonNode shortcut = manifest.path("features").path("shortcuts").get(0);
            assertEquals("message", shortcut.path("type").asText(), file);
            assertEquals(AskShortcut.CALLBACK_ID, shortcut.path("callback_id").asText(), file);
            assertEquals("Ask the TPM bot", shortcut.path("name").asText(), file);
        }
    }

    @Test
    void socketModeIsOnInTheDefaultManifestAndHttpPointsAtTheEventsPath() throws Exception {
        JsonNode socket = YAML.readTree(Path.of("slack/manifest.yml").toFile());
        JsonNode http = YAML.readTree(Path.of("slack/manifest-http.yml").toFile());

        assertTrue(socket.path("settings").path("socket_mode_enabled").asBoolean());
        assertTrue(
                http.path("settings")
                        .path("event_subscriptions")
                        .path("request_url")
                        .asText()
                        .endsWith(SlackAdapter.EVENTS_PATH));
        assertTrue(
                http.path("settings")
                        .path("interactivity")
                        .path("request_url")
                        .asText()
                        .endsWith(SlackAdapter.EVENTS_PATH));
        assertTrue(
                http.path("features")
                        .path("slash_commands")
                        .get(0)
                        .path("url")
                        .asText()
                        .endsWith(SlackAdapter.EVENTS_PATH));
    }
}
