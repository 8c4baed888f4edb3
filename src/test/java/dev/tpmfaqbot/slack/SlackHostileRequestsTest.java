package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.SignedRequests;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import dev.tpmfaqbot.store.Store;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /slack/events against an attacker, through the real front and the real Bolt on loopback: unsigned
 * and malformed bodies, timestamps out of range, deliveries replayed or sent to two replicas.
 */
@Timeout(60)
class SlackHostileRequestsTest {
    private static final String FORGED = "06:00:00.000 ERROR d.t.runtime.Bot - forged";
    private static final List<String> MALFORMED =
            List.of(
                    "[1,2,3]",
                    "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}",
                    "{\"type\":\"event_callback\",\"event\":\"not an object\"}",
                    "payload=%7Bnot-json",
                    "payload=%5B1%5D",
                    "{\"type\":\"block_actions\"}",
                    "token=x&command=%2Ftpm&text=" + "%0A" + FORGED.replace(" ", "+"),
                    "hi\n" + FORGED);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SETTLE_MS = 400;

    @RegisterExtension final SlackWorld world = new SlackWorld();

    @Test
    void unsignedBodiesGet401JsonAndAreNeverLogged() throws Exception {
        try (CapturedLogs logs = new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            for (String body : MALFORMED) {
                HttpResponse<String> response = postUnsigned(body);
                assertEquals(401, response.statusCode(), body);
                assertJsonError(response);
            }
            assertTrue(
                    logs.lines().stream()
                            .noneMatch(
                                    line ->
                                            line.contains("forged")
                                                    || line.contains("not-json")
                                                    || line.contains("[1,2,3]")),
                    logs.lines().toString());
        }
        assertNothingSent();
    }

    @Test
    void signedBodiesBoltCannotReadGet400Json() throws Exception {
        try (CapturedLogs logs = new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            for (String body : MALFORMED.subList(0, 6)) {
                String type =
                        body.startsWith("payload=")
                                ? "application/x-www-form-urlencoded"
                                : "application/json";
                HttpResponse<String> response = world.slack().post(world.signer.raw(body, type));
                assertEquals(400, response.statusCode(), body);
                assertJsonError(response);
            }
            assertTrue(
                    logs.lines().stream()
                            .noneMatch(
                                    line ->
                                            line.contains("not-json")
                                                    || line.contains("[1,2,3]")
                                                    || line.contains("not an object")),
                    logs.lines().toString());
        }
        assertNothingSent();
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayEitherWayAreRefused() {
        ObjectNode mention =
                SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm?");
        for (long offset : List.of(301L, 86_400L, -301L, -86_400L)) {
            HttpResponse<String> response =
                    world.slack().post(world.signer.timestampOffset(offset).event(mention));
            assertEquals(401, response.statusCode(), "offset " + offset);
        }
        assertEquals(
                200,
                world.slack().post(world.signer.timestampOffset(240).event(mention)).statusCode(),
                "clocks drift a little");
    }

    @Test
    void aClickReplayedTenTimesIsHandledOnce() throws Exception {
        SignedRequests.SignedRequest helpful =
                world.signer.interactive(
                        TestPayloads.click(
                                "tpm_feedback_helpful",
                                "faq:what-is-a-tpm|private",
                                CHANNEL_ID,
                                world.api.responseUrl("r1")));
        for (int i = 0; i < 10; i++) {
            assertEquals(200, world.slack().post(helpful).statusCode());
        }
        world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT);
        Thread.sleep(SETTLE_MS);
        assertEquals(1, world.api.calls(FakeSlackApi.RESPONSE_URL).size());
        world.faq.close();
        assertEquals(
                List.of(new Store.KeyFeedback("faq:what-is-a-tpm", 1, 0)),
                world.store.report(SlackWorld.QUIET_TIME.minusSeconds(60)).feedback());
    }

    @Test
    void anEventDeliveredToTwoReplicasIsAnsweredOnce() throws Exception {
        Store shared = SlackWorld.sqlite();
        try (SlackWorld other =
                        new SlackWorld(
                                shared,
                                Clock.fixed(SlackWorld.QUIET_TIME, ZoneOffset.UTC),
                                Path.of("faq"));
                SlackWorld first =
                        new SlackWorld(
                                shared,
                                Clock.fixed(SlackWorld.QUIET_TIME, ZoneOffset.UTC),
                                Path.of("faq"))) {
            SlackWorld.Running one = first.start();
            SlackWorld.Running two = other.start();
            first.api.clearCalls();
            other.api.clearCalls();
            SignedRequests.SignedRequest mention =
                    first.signer.event(
                            SlackPayloads.appMention(
                                    CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm?"));

            assertEquals(200, one.post(mention).statusCode());
            assertEquals(200, two.post(mention).statusCode());

            for (int i = 0; i < 200 && posts(first, other) == 0; i++) {
                Thread.sleep(50);
            }
            Thread.sleep(SETTLE_MS);
            assertEquals(1, posts(first, other), "one answer between the two replicas");
        } finally {
            shared.close();
        }
    }

    private HttpResponse<String> postUnsigned(String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(world.slack().endpoint)
                                .header(
                                        "Content-Type",
                                        body.startsWith("{") || body.startsWith("[")
                                                ? "application/json"
                                                : "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> response) throws Exception {
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/json"),
                response.headers().toString());
        assertFalse(
                JSON.readTree(response.body()).path("error").asText().isBlank(), response.body());
    }

    private void assertNothingSent() throws InterruptedException {
        Thread.sleep(SETTLE_MS);
        assertEquals(List.of(), world.api.calls().stream().map(FakeSlackApi.Call::method).toList());
    }

    private static int posts(SlackWorld... replicas) {
        int posts = 0;
        for (SlackWorld replica : replicas) {
            posts += replica.api.calls("chat.postMessage").size();
        }
        return posts;
    }
}
