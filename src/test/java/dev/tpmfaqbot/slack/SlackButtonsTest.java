package dev.tpmfaqbot.slack;

import static dev.tpmfaqbot.slack.SlackBlocks.actionIds;
import static dev.tpmfaqbot.slack.SlackBlocks.allText;
import static dev.tpmfaqbot.slack.SlackBlocks.assertWithinLimits;
import static dev.tpmfaqbot.slack.SlackBlocks.blocks;
import static dev.tpmfaqbot.slack.SlackWorld.WAIT;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.CHANNEL_ID;
import static dev.tpmfaqbot.slack.fake.SlackPayloads.USER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.store.Store;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** block_actions: related topics, "did you mean", the topics menu, feedback and sharing. */
@Timeout(30)
class SlackButtonsTest {
    @RegisterExtension final SlackWorld world = new SlackWorld();

    private void click(ObjectNode payload) {
        assertEquals(200, world.slack().post(world.signer.interactive(payload)).statusCode());
    }

    private List<Call> responses(int n) throws InterruptedException {
        List<Call> calls = world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, n, WAIT);
        calls.forEach(
                call -> {
                    if (call.params().has("blocks")) {
                        assertWithinLimits(blocks(call));
                    }
                });
        return calls;
    }

    private String title(String key) {
        return world.faq.open(key).orElseThrow().title();
    }

    @Test
    void aRelatedTopicOnAPrivateAnswerOpensAnotherPrivateAnswer() throws Exception {
        click(
                TestPayloads.ephemeralClick(
                        "tpm_open_0", "faq:tpm-salary", CHANNEL_ID, world.api.responseUrl("r1")));

        Call reply = responses(1).get(0);
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals("false", reply.param("replace_original"));
        assertEquals(
                title("faq:tpm-salary"), blocks(reply).get(0).path("text").path("text").asText());
        assertTrue(actionIds(blocks(reply)).contains("tpm_share"));
    }

    @Test
    void aRelatedTopicUnderAChannelAnswerIsShownOnlyToWhoeverClicked() throws Exception {
        click(
                TestPayloads.click(
                        "tpm_open_1", "faq:tpm-salary", CHANNEL_ID, world.api.responseUrl("r1")));

        Call reply = responses(1).get(0);
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals(List.of(), world.api.calls("chat.postMessage"));
    }

    @Test
    void aRelatedTopicInADirectMessageIsPostedThere() throws Exception {
        click(
                TestPayloads.click(
                        "tpm_open_0", "term:backlog", "D0DM", world.api.responseUrl("r1")));

        Call post = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
        assertEquals("D0DM", post.param("channel"));
        assertEquals(title("term:backlog"), blocks(post).get(0).path("text").path("text").asText());
    }

    @Test
    void didYouMeanReplacesThePrivateQuestionWithTheAnswer() throws Exception {
        click(
                TestPayloads.ephemeralClick(
                        "tpm_suggest_2", "term:backlog", CHANNEL_ID, world.api.responseUrl("r1")));

        Call reply = responses(1).get(0);
        assertEquals("true", reply.param("replace_original"));
        assertEquals(
                title("term:backlog"), blocks(reply).get(0).path("text").path("text").asText());
    }

    @Test
    void theTopicsMenuOpensTheChosenTopic() throws Exception {
        click(
                TestPayloads.menuPick(
                        "tpm_topic", "compare:pm:tpm", CHANNEL_ID, world.api.responseUrl("r1")));

        Call reply = responses(1).get(0);
        assertEquals(
                title("compare:pm:tpm"), blocks(reply).get(0).path("text").path("text").asText());
    }

    @Test
    void feedbackIsRecordedAndTheButtonsBecomeThanks() throws Exception {
        click(
                TestPayloads.ephemeralClick(
                        "tpm_feedback_unhelpful",
                        "faq:what-is-a-tpm|private",
                        CHANNEL_ID,
                        world.api.responseUrl("r1")));

        Call reply = responses(1).get(0);
        assertEquals("true", reply.param("replace_original"));
        JsonNode blocks = blocks(reply);
        assertTrue(allText(blocks).contains("Thanks for your feedback"));
        assertFalse(actionIds(blocks).contains("tpm_feedback_helpful"));
        assertTrue(actionIds(blocks).contains("tpm_share"), "still private, so still shareable");
        world.faq.close();
        List<Store.KeyFeedback> recorded =
                world.store.report(SlackWorld.QUIET_TIME.minusSeconds(60)).feedback();
        assertEquals(List.of(new Store.KeyFeedback("faq:what-is-a-tpm", 0, 1)), recorded);
    }

    @Test
    void feedbackOnASharedAnswerKeepsWhoSharedIt() throws Exception {
        click(
                TestPayloads.click(
                        "tpm_feedback_helpful",
                        "faq:what-is-a-tpm|shared:U0ALICE",
                        CHANNEL_ID,
                        world.api.responseUrl("r1")));

        JsonNode blocks = blocks(responses(1).get(0));
        assertTrue(allText(blocks).contains("Shared by <@U0ALICE>"));
        assertTrue(allText(blocks).contains("Thanks for your feedback"));
        assertFalse(actionIds(blocks).contains("tpm_share"));
    }

    @Test
    void shareInChannelPostsTheAnswerForEveryoneSayingWhoSharedIt() throws Exception {
        click(
                TestPayloads.ephemeralClick(
                        "tpm_share", "faq:what-is-a-tpm", CHANNEL_ID, world.api.responseUrl("r1")));

        List<Call> calls = responses(2);
        Call shared = calls.get(0);
        assertEquals("in_channel", shared.param("response_type"));
        JsonNode blocks = blocks(shared);
        assertEquals(title("faq:what-is-a-tpm"), blocks.get(0).path("text").path("text").asText());
        assertTrue(allText(blocks).contains("Shared by <@" + USER_ID + ">"));
        assertFalse(actionIds(blocks).contains("tpm_share"));
        assertTrue(actionIds(blocks).contains("tpm_feedback_helpful"));
        assertEquals("true", calls.get(1).param("delete_original"), "the private copy goes");
    }
}
