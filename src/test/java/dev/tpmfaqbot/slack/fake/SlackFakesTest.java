package dev.tpmfaqbot.slack.fake;

import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.JSON;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real Bolt App, no mocks, against the fakes. */
class SlackFakesTest {
    private static final String SECRET = "test-signing-secret";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static App tpmApp(Slack slack, String signingSecret) {
        App app =
                new App(
                        AppConfig.builder()
                                .singleTeamBotToken("xoxb-test")
                                .signingSecret(signingSecret)
                                .slack(slack)
                                .build());
        app.command(
                "/tpm",
                (req, ctx) -> {
                    String question = req.getPayload().getText();
                    ctx.client()
                            .chatPostMessage(
                                    r ->
                                            r.channel(req.getPayload().getChannelId())
                                                    .text("You asked: " + question));
                    ctx.respond("Answered in the channel.");
                    return ctx.ack(
                            r -> r.responseType("ephemeral").text("Looking up: " + question));
                });
        return app;
    }

    @Test
    @Timeout(20)
    void slashCommandOverHttpIsAckedAndPostsAMessage() throws Exception {
        try (FakeSlackApi api = FakeSlackApi.start()) {
            App app = tpmApp(api.slack(), SECRET);
            var request =
                    new SignedRequests(SECRET)
                            .slashCommand("/tpm", "what is a tpm", api.responseUrl("r1"));

            Response response = app.run(request.toBoltRequest(app.config()));

            assertEquals(200, response.getStatusCode());
            JsonNode ack = JSON.readTree(response.getBody());
            assertEquals("ephemeral", ack.path("response_type").asText());
            assertEquals("Looking up: what is a tpm", ack.path("text").asText());

            Call post = api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
            assertEquals(CHANNEL_ID, post.param("channel"));
            assertEquals("You asked: what is a tpm", post.param("text"));
            assertEquals("xoxb-test", post.token());

            Call respond = api.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
            assertEquals("/response/r1", respond.path());
            assertEquals("Answered in the channel.", respond.param("text"));
            assertFalse(api.calls("auth.test").isEmpty());
        }
    }

    @Test
    @Timeout(20)
    void badSignatureOrStaleTimestampIsRejectedWith401() throws Exception {
        try (FakeSlackApi api = FakeSlackApi.start()) {
            App app = tpmApp(api.slack(), SECRET);
            SignedRequests signer = new SignedRequests(SECRET);

            var forged = signer.badSignature().slashCommand("/tpm", "hi", api.responseUrl("r"));
            var stale = signer.staleTimestamp().slashCommand("/tpm", "hi", api.responseUrl("r"));

            assertEquals(401, app.run(forged.toBoltRequest(app.config())).getStatusCode());
            assertEquals(401, app.run(stale.toBoltRequest(app.config())).getStatusCode());
            assertEquals(List.of(), api.calls("chat.postMessage"));
        }
    }

    @Test
    @Timeout(20)
    void eachPayloadReachesItsBoltHandler() throws Exception {
        try (FakeSlackApi api = FakeSlackApi.start()) {
            App app = tpmApp(api.slack(), SECRET);
            List<String> seen = new CopyOnWriteArrayList<>();
            app.event(
                    AppMentionEvent.class,
                    (req, ctx) -> {
                        seen.add(
                                "mention:"
                                        + req.getEvent().getText()
                                        + ":retry="
                                        + ctx.getRetryNum());
                        return ctx.ack();
                    });
            app.event(
                    MessageEvent.class,
                    (req, ctx) -> {
                        seen.add(
                                "dm:"
                                        + req.getEvent().getChannelType()
                                        + ":"
                                        + req.getEvent().getText());
                        return ctx.ack();
                    });
            app.event(
                    MemberJoinedChannelEvent.class,
                    (req, ctx) -> {
                        seen.add("joined:" + req.getEvent().getUser());
                        return ctx.ack();
                    });
            app.blockAction(
                    "pick",
                    (req, ctx) -> {
                        seen.add("action:" + req.getPayload().getActions().get(0).getValue());
                        return ctx.ack();
                    });
            SignedRequests signer = new SignedRequests(SECRET);
            List<SignedRequests.SignedRequest> requests =
                    List.of(
                            signer.retry(1, "http_timeout")
                                    .appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm"),
                            signer.directMessage("D0DM", USER_ID, "hello"),
                            signer.memberJoinedChannel(CHANNEL_ID, USER_ID),
                            signer.blockActions(
                                    "pick", "tpm-vs-pm", CHANNEL_ID, api.responseUrl("r3")));

            for (var request : requests) {
                assertEquals(200, app.run(request.toBoltRequest(app.config())).getStatusCode());
            }

            assertEquals(
                    List.of(
                            "mention:<@U0BOT> what is a tpm:retry=1",
                            "dm:im:hello",
                            "joined:" + USER_ID,
                            "action:tpm-vs-pm"),
                    seen);
        }
    }

    @Test
    @Timeout(10)
    void rateLimitedCallThrowsOnceThenSucceeds() throws Exception {
        try (FakeSlackApi api = FakeSlackApi.start()) {
            api.rateLimitOnce("chat.postMessage", 3);
            MethodsClient client = api.slack().methods("xoxb-test");

            SlackApiException limited =
                    assertThrows(
                            SlackApiException.class,
                            () -> client.chatPostMessage(r -> r.channel(CHANNEL_ID).text("one")));
            assertEquals(429, limited.getResponse().code());
            assertEquals("3", limited.getResponse().header("Retry-After"));
            assertTrue(client.chatPostMessage(r -> r.channel(CHANNEL_ID).text("two")).isOk());
            assertEquals(
                    List.of(429, 200),
                    api.calls("chat.postMessage").stream().map(Call::status).toList());
        }
    }

    @Test
    @Timeout(30)
    void socketModeSlashCommandIsAcked() throws Exception {
        try (FakeSocketModeServer ws = FakeSocketModeServer.start();
                FakeSlackApi api = FakeSlackApi.start()) {
            api.socketModeUrl(ws.url());
            App app =
                    new App(
                            AppConfig.builder()
                                    .singleTeamBotToken("xoxb-test")
                                    .slack(api.slack())
                                    .build());
            app.command("/tpm", (req, ctx) -> ctx.ack("pong: " + req.getPayload().getText()));
            app.event(
                    AppMentionEvent.class,
                    (req, ctx) -> {
                        ctx.say(req.getEvent().getText().replace("<@U0BOT> ", ""));
                        return ctx.ack();
                    });
            SocketModeApp socketMode =
                    new SocketModeApp("xapp-test", app, SocketModeClient.Backend.JavaWebSocket);
            try {
                socketMode.startAsync();
                ws.awaitConnection(WAIT);

                String id =
                        ws.send(
                                "slash_commands",
                                SlackPayloads.slashCommand("/tpm", "ping", api.responseUrl("r2")));
                JsonNode ack = ws.awaitAck(id, WAIT);

                assertEquals("pong: ping", ack.path("payload").path("text").asText());

                String eventId =
                        ws.send(
                                "events_api",
                                SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> hi"));
                assertEquals(
                        JSON.createObjectNode().put("envelope_id", eventId),
                        ws.awaitAck(eventId, WAIT));
                assertEquals(
                        "hi", api.awaitCalls("chat.postMessage", 1, WAIT).get(0).param("text"));

                Call open = api.calls("apps.connections.open").get(0);
                assertEquals("xapp-test", open.token());
            } finally {
                socketMode.close();
            }
        }
    }
}
