package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.actionIds;
import static dev.tpmfaqbot.slack.SlackBlocks.assertNoMentions;
import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.ASK_CHANNEL;
import static dev.tpmfaqbot.slack.SlackWorld.ONBOARDING_CHANNEL;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mentions, direct messages, auto-answer channels and joins, as signed Events API requests over
 * HTTP.
 */
@Timeout(30)
class SlackEventsTest {
    /** Long enough for work that was wrongly queued to show up at the fake. */
    private static final long SETTLE_MS = 400;

    @RegisterExtension final SlackWorld world = new SlackWorld();

    private void send(ObjectNode eventCallback) {
        assertEquals(200, world.slack().post(world.signer.event(eventCallback)).statusCode());
    }

    private Call onlyPost() throws InterruptedException {
        List<Call> posts = world.api.awaitCalls("chat.postMessage", 1, WAIT);
        Thread.sleep(SETTLE_MS);
        assertEquals(1, world.api.calls("chat.postMessage").size(), "exactly one post");
        Call post = posts.get(0);
        assertWithinLimits(blocks(post));
        assertFalse(post.param("text").isBlank());
        assertNoMentions(post);
        return post;
    }

    private void assertNothingPosted() throws InterruptedException {
        Thread.sleep(SETTLE_MS);
        assertEquals(List.of(), world.api.calls().stream().map(Call::method).toList());
    }

    @Test
    void aMentionIsAnsweredInAThreadUnderIt() throws Exception {
        ObjectNode mention =
                SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm?");
        send(mention);

        Call post = onlyPost();
        assertEquals(CHANNEL_ID, post.param("channel"));
        assertEquals(TestPayloads.eventTs(mention), post.param("thread_ts"));
        assertEquals(
                world.faq.open("faq:what-is-a-tpm").orElseThrow().title(),
                blocks(post).get(0).path("text").path("text").asText());
        assertTrue(actionIds(blocks(post)).contains("tpm_feedback_helpful"));
        assertFalse(actionIds(blocks(post)).contains("tpm_share"), "already public");
        assertEquals(SlackWorld.BOT_TOKEN, post.token());
    }

    @Test
    void aDirectMessageIsAnsweredInTheDm() throws Exception {
        send(SlackPayloads.directMessage("D0DM", USER_ID, "what is a backlog"));

        Call post = onlyPost();
        assertEquals("D0DM", post.param("channel"));
        assertNull(post.param("thread_ts"));
        assertEquals(
                world.faq.open("term:backlog").orElseThrow().title(),
                blocks(post).get(0).path("text").path("text").asText());
    }

    @Test
    void anAutoAnswerChannelGetsConfidentAnswersToQuestionsOnly() throws Exception {
        ObjectNode question =
                TestPayloads.channelMessage(ASK_CHANNEL, USER_ID, "does a tpm need to code?");
        send(question);

        Call post = onlyPost();
        assertEquals(ASK_CHANNEL, post.param("channel"));
        assertEquals(TestPayloads.eventTs(question), post.param("thread_ts"));

        world.api.clearCalls();
        send(TestPayloads.channelMessage(ASK_CHANNEL, USER_ID, "lunch is in the kitchen today"));
        send(
                TestPayloads.channelMessage(
                        ASK_CHANNEL, USER_ID, "what is the best pizza topping in naples?"));
        send(TestPayloads.channelMessage(CHANNEL_ID, USER_ID, "does a tpm need to code?"));
        assertNothingPosted();
    }

    @Test
    void aMentionInAnAutoAnswerChannelIsAnsweredOnce() throws Exception {
        ObjectNode asMessage =
                TestPayloads.channelMessage(
                        ASK_CHANNEL, USER_ID, "<@U0BOT> does a tpm need to code?");
        send(asMessage);
        send(SlackPayloads.appMention(ASK_CHANNEL, USER_ID, "<@U0BOT> does a tpm need to code?"));

        onlyPost();
    }

    @Test
    void retriedEventsNeverPostTwice() throws Exception {
        ObjectNode mention =
                SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm");
        send(mention);
        assertEquals(
                200,
                world.slack()
                        .post(world.signer.retry(1, "http_timeout").event(mention))
                        .statusCode());
        assertEquals(
                200,
                world.slack()
                        .post(world.signer.retry(2, "http_error").event(mention))
                        .statusCode());
        send(mention);

        onlyPost();
    }

    @Test
    void aRetryOfAnEventThatNeverArrivedIsAnswered() throws Exception {
        ObjectNode lost = SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm");
        assertEquals(
                200,
                world.slack()
                        .post(world.signer.retry(1, "connection_failed").event(lost))
                        .statusCode());

        onlyPost();
    }

    @Test
    void aRetryThatMayHaveBeenHandledElsewhereIsNotAnswered() throws Exception {
        ObjectNode elsewhere =
                SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm");
        assertEquals(
                200,
                world.slack()
                        .post(world.signer.retry(1, "http_timeout").event(elsewhere))
                        .statusCode());

        assertNothingPosted();
    }

    @Test
    void mentionsTypedByAUserNeverReachSlackUnescaped() throws Exception {
        send(
                SlackPayloads.appMention(
                        CHANNEL_ID,
                        USER_ID,
                        "<@U0BOT> compare <!channel> and @here with <@U123> <!subteam^S0TEAM|@team> &lt;!everyone&gt;"));

        onlyPost();
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
        world.api.rateLimitOnce("chat.postMessage", 1);
        send(SlackPayloads.appMention(CHANNEL_ID, USER_ID, "<@U0BOT> what is a tpm"));

        List<Call> posts = world.api.awaitCalls("chat.postMessage", 2, WAIT);
        assertEquals(List.of(429, 200), posts.stream().map(Call::status).toList());
        assertEquals(posts.get(0).params(), posts.get(1).params(), "the same message, not dropped");
    }

    @Test
    void aNewcomerInAnOnboardingChannelIsWelcomedOncePrivately() throws Exception {
        send(SlackPayloads.memberJoinedChannel(ONBOARDING_CHANNEL, USER_ID));

        Call welcome = world.api.awaitCalls("chat.postEphemeral", 1, WAIT).get(0);
        assertEquals(ONBOARDING_CHANNEL, welcome.param("channel"));
        assertEquals(USER_ID, welcome.param("user"));
        JsonNode blocks = blocks(welcome);
        assertWithinLimits(blocks);
        int starters = world.faq.content().onboarding().starterTopics().size();
        assertEquals(
                starters,
                actionIds(blocks).stream().filter(id -> id.startsWith("tpm_open_")).count());
        assertTrue(welcome.param("text").startsWith("Welcome aboard"));

        world.api.clearCalls();
        send(SlackPayloads.memberJoinedChannel(ONBOARDING_CHANNEL, USER_ID));
        send(SlackPayloads.memberJoinedChannel(CHANNEL_ID, "U0OTHER"));
        send(SlackPayloads.memberJoinedChannel(ONBOARDING_CHANNEL, SlackPayloads.BOT_USER_ID));
        assertNothingPosted();
    }

    @Test
    void aWelcomeThatCouldNotBeSentIsSentOnTheNextJoin() throws Exception {
        world.api.answer(
                "chat.postEphemeral",
                call -> dev.tpmfaqbot.slack.fake.FakeSlackApi.error("channel_not_found"));
        send(SlackPayloads.memberJoinedChannel(ONBOARDING_CHANNEL, USER_ID));
        world.api.awaitCalls("chat.postEphemeral", 1, WAIT);
        Thread.sleep(SETTLE_MS);

        world.api.answer(
                "chat.postEphemeral",
                call -> dev.tpmfaqbot.slack.fake.FakeSlackApi.ok().put("message_ts", "1.2"));
        send(SlackPayloads.memberJoinedChannel(ONBOARDING_CHANNEL, USER_ID));
        assertEquals(200, world.api.awaitCalls("chat.postEphemeral", 2, WAIT).get(1).status());
    }
}
