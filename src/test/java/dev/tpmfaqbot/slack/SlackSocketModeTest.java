package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.slack.fake.FakeSocketModeServer;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Socket Mode: the same handlers, events pushed over a websocket the bot opened. */
@Timeout(60)
class SlackSocketModeTest {
    private static final String APP_TOKEN = "xapp-1-A0FAKE-test-app-token";

    private static Map<String, String> socketModeVariables(SlackWorld world) {
        Map<String, String> variables = world.variables();
        variables.remove("SLACK_SIGNING_SECRET");
        variables.put("SLACK_APP_TOKEN", APP_TOKEN);
        return variables;
    }

    @Test
    void aSessionCarriesCommandsEventsAndClicks() throws Exception {
        try (FakeSocketModeServer socket = FakeSocketModeServer.start();
                SlackWorld world = new SlackWorld()) {
            world.api.socketModeUrl(socket.url());
            SlackWorld.Running slack = world.start(socketModeVariables(world));
            socket.awaitConnection(WAIT);
            assertEquals(Optional.empty(), slack.adapter.notReadyReason());
            assertEquals(APP_TOKEN, world.api.calls("apps.connections.open").get(0).token());

            String command =
                    socket.send(
                            "slash_commands",
                            SlackPayloads.slashCommand(
                                    "/tpm", "define backlog", world.api.responseUrl("s1")));
            assertEquals(command, socket.awaitAck(command, WAIT).path("envelope_id").asText());
            Call answer = world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
            assertEquals("ephemeral", answer.param("response_type"));
            assertWithinLimits(blocks(answer));

            ObjectNode mention =
                    SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm");
            String event = socket.send("events_api", mention);
            socket.awaitAck(event, WAIT);
            Call post = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            assertEquals(TestPayloads.eventTs(mention), post.param("thread_ts"));

            String click =
                    socket.send(
                            "interactive",
                            TestPayloads.ephemeralClick(
                                    "tpm_share",
                                    "term:backlog",
                                    CHANNEL_ID,
                                    world.api.responseUrl("s2")));
            socket.awaitAck(click, WAIT);
            assertEquals(
                    "in_channel",
                    world.api
                            .awaitCalls(FakeSlackApi.RESPONSE_URL, 2, WAIT)
                            .get(1)
                            .param("response_type"));

            String retry = socket.sendRaw(envelope(mention, 1, "timeout"));
            socket.awaitAck(retry, WAIT);
            Thread.sleep(400);
            assertEquals(
                    1,
                    world.api.calls("chat.postMessage").size(),
                    "a re-sent event is not answered again");

            slack.adapter.stop(Duration.ofSeconds(2));
            assertTrue(slack.adapter.notReadyReason().isPresent());
        }
    }

    @Test
    void afterSlackAsksForAReconnectEventsStillArrive() throws Exception {
        try (FakeSocketModeServer socket = FakeSocketModeServer.start();
                SlackWorld world = new SlackWorld()) {
            world.api.socketModeUrl(socket.url());
            SlackWorld.Running slack = world.start(socketModeVariables(world));
            socket.awaitConnection(WAIT);
            int connections = socket.connectionCount();

            socket.sendRaw(
                    new ObjectMapper()
                            .createObjectNode()
                            .put("type", "disconnect")
                            .put("reason", "refresh_requested"));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (socket.connectionCount() == connections && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(connections + 1, socket.connectionCount(), "a new connection");
            socket.awaitConnection(WAIT);

            String event =
                    socket.send(
                            "events_api",
                            SlackPayloads.appMention(
                                    CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm"));
            socket.awaitAck(event, WAIT);
            world.api.awaitCalls("chat.postMessage", 1, WAIT);
            assertEquals(Optional.empty(), slack.adapter.notReadyReason());
        }
    }

    @Test
    void aRejectedAppTokenFailsTheStartNamingTheVariable() {
        try (SlackWorld world = new SlackWorld()) {
            world.api.answer("apps.connections.open", call -> FakeSlackApi.error("invalid_auth"));

            var e =
                    assertThrows(
                            dev.tpmfaqbot.runtime.AdapterStartException.class,
                            () -> world.start(socketModeVariables(world)));

            assertTrue(e.getMessage().startsWith("SLACK_APP_TOKEN was rejected"), e.getMessage());
            assertFalse(e.getMessage().contains(APP_TOKEN));
        }
    }

    private static ObjectNode envelope(JsonNode payload, int retryAttempt, String retryReason) {
        ObjectNode envelope =
                new ObjectMapper()
                        .createObjectNode()
                        .put("envelope_id", UUID.randomUUID().toString())
                        .put("type", "events_api")
                        .put("accepts_response_payload", false)
                        .put("retry_attempt", retryAttempt)
                        .put("retry_reason", retryReason);
        envelope.set("payload", payload);
        return envelope;
    }
}
