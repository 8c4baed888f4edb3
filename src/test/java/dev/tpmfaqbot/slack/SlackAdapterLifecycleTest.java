package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting, readiness, request verification and stopping. */
@Timeout(30)
class SlackAdapterLifecycleTest {

    @Test
    void readyOnceTheTokenIsAccepted() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();

            assertEquals(Optional.empty(), slack.adapter.notReadyReason());
            assertEquals(SlackWorld.BOT_TOKEN, world.api.calls("auth.test").get(0).token());
            assertEquals("slack", slack.adapter.name());
        }
    }

    @Test
    void aRejectedTokenFailsTheStartNamingTheVariableNotTheToken() {
        try (SlackWorld world = new SlackWorld()) {
            world.api.answer("auth.test", call -> FakeSlackApi.error("invalid_auth"));

            AdapterStartException e = assertThrows(AdapterStartException.class, world::start);

            assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
            assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
            assertFalse(e.getMessage().contains(SlackWorld.BOT_TOKEN));
            assertNull(e.getCause(), "nothing for a stack trace");
        }
    }

    @Test
    void anUnreachableSlackFailsTheStartNamingTheUrl() {
        try (SlackWorld world = new SlackWorld()) {
            Map<String, String> variables = world.variables();
            variables.put("SLACK_API_URL", "http://127.0.0.1:1/api/");

            AdapterStartException e =
                    assertThrows(AdapterStartException.class, () -> world.start(variables));

            assertTrue(
                    e.getMessage().contains("SLACK_API_URL=http://127.0.0.1:1/api/"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(SlackWorld.BOT_TOKEN));
        }
    }

    @Test
    void badAndStaleSignaturesAre401AndNothingHappens() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();
            world.api.clearCalls();

            for (var signer : List.of(world.signer.badSignature(), world.signer.staleTimestamp())) {
                assertEquals(
                        401,
                        slack.post(
                                        signer.slashCommand(
                                                "/tpm",
                                                "what is a tpm",
                                                world.api.responseUrl("r")))
                                .statusCode());
                assertEquals(
                        401,
                        slack.post(signer.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm"))
                                .statusCode());
                assertEquals(
                        401,
                        slack.post(
                                        signer.blockActions(
                                                "tpm_share",
                                                "faq:what-is-a-tpm",
                                                CHANNEL_ID,
                                                world.api.responseUrl("r")))
                                .statusCode());
                assertEquals(
                        401,
                        slack.post(
                                        signer.memberJoinedChannel(
                                                SlackWorld.ONBOARDING_CHANNEL, USER_ID))
                                .statusCode());
            }
            Thread.sleep(400);

            assertEquals(List.of(), world.api.calls());
        }
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();
            HttpResponse<String> get =
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(slack.endpoint)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());

            assertEquals(405, get.statusCode());
        }
    }

    @Test
    void afterStopRequestsAreRefusedAndWorkInHandIsFinished() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();
            assertEquals(
                    200,
                    slack.post(
                                    world.signer.appMention(
                                            CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm"))
                            .statusCode());

            slack.adapter.stop(Duration.ofSeconds(5));

            assertEquals(
                    1, world.api.calls("chat.postMessage").size(), "the answer in hand was sent");
            assertEquals(
                    503,
                    slack.post(world.signer.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> hi"))
                            .statusCode());
            assertTrue(slack.adapter.notReadyReason().isPresent());
        }
    }

    @Test
    void urlVerificationIsAnswered() throws Exception {
        try (SlackWorld world = new SlackWorld()) {
            SlackWorld.Running slack = world.start();
            var challenge =
                    SlackPayloads.eventCallback(SlackPayloads.appMention(CHANNEL_ID, USER_ID, "x"));
            challenge.removeAll();
            challenge.put("type", "url_verification").put("token", "t").put("challenge", "c-123");

            HttpResponse<String> response = slack.post(world.signer.event(challenge));

            assertEquals(200, response.statusCode());
            assertEquals("c-123", response.body());
        }
    }
}
