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
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.slack.fake.FakeSlackApi;
import dev.tpmfaqbot.slack.fake.FakeSlackApi.Call;
import dev.tpmfaqbot.slack.fake.SlackPayloads;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assistant view (thread start, questions in its thread) and the "Ask the TPM bot" message
 * shortcut, over HTTP.
 */
@Timeout(30)
class SlackAssistantTest {
    private static final String DM = "D0PANE";
    private static final long SETTLE_MS = 400;

    @RegisterExtension final SlackWorld world = new SlackWorld();

    private void send(ObjectNode eventCallback) {
        assertEquals(200, world.slack().post(world.signer.event(eventCallback)).statusCode());
    }

    private void shortcut(ObjectNode payload) {
        assertEquals(200, world.slack().post(world.signer.interactive(payload)).statusCode());
    }

    private String title(Call post) {
        return blocks(post).get(0).path("text").path("text").asText();
    }

    @Test
    void aNewThreadIsGreetedWithTheStarterTopicsAsSuggestedPrompts() throws Exception {
        String thread = SlackPayloads.nextTs();
        send(SlackPayloads.assistantThreadStarted(DM, thread, USER_ID));

        Call greeting = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
        assertEquals(DM, greeting.param("channel"));
        assertEquals(thread, greeting.param("thread_ts"));
        assertTrue(allText(blocks(greeting)).contains("TPM"), allText(blocks(greeting)));
        Call suggested =
                world.api.awaitCalls("assistant.threads.setSuggestedPrompts", 1, WAIT).get(0);
        assertEquals(DM, suggested.param("channel_id"));
        assertEquals(thread, suggested.param("thread_ts"));

        List<Link> starters = world.onboarding.starterTopics();
        JsonNode prompts = suggested.jsonParam("prompts");
        assertEquals(Math.min(4, starters.size()), prompts.size());
        assertTrue(prompts.size() > 0, "onboarding.md names starter topics");
        for (int i = 0; i < prompts.size(); i++) {
            Link starter = starters.get(i);
            assertEquals(starter.title(), prompts.get(i).path("title").asText());
            String question = prompts.get(i).path("message").asText();
            assertEquals(
                    starter.key(),
                    world.faq.ask(new Question(question, USER_ID, DM, SlackAdapter.PLATFORM)).key(),
                    "the prompt '" + question + "' is answered with its topic");
        }
        Thread.sleep(SETTLE_MS);
        assertEquals(
                List.of(), world.api.calls("conversations.replies"), "no thread context is read");
        assertEquals(List.of(), world.api.calls("chat.update"), "the greeting is not rewritten");
    }

    @Test
    void aContextChangeIsAcknowledgedAndChangesNothing() throws Exception {
        send(
                SlackPayloads.assistantThreadContextChanged(
                        DM, SlackPayloads.nextTs(), USER_ID, "C0OTHER"));

        Thread.sleep(SETTLE_MS);
        assertEquals(List.of(), world.api.calls().stream().map(Call::method).toList());
    }

    @Test
    void aQuestionIsAnsweredInItsThreadWithAStatusAndTheThreadIsTitledAfterTheFirstQuestion()
            throws Exception {
        String thread = SlackPayloads.nextTs();
        send(SlackPayloads.assistantMessage(DM, thread, USER_ID, "does a tpm need to code?"));

        Call post = world.api.awaitCalls("chat.postMessage", 1, WAIT).get(0);
        assertEquals(DM, post.param("channel"));
        assertEquals(thread, post.param("thread_ts"));
        assertEquals(
                world.faq.open("faq:does-a-tpm-need-to-code").orElseThrow().title(), title(post));
        assertWithinLimits(blocks(post));
        assertFalse(
                actionIds(blocks(post)).contains("tpm_share"),
                "a DM thread has nobody to share with");

        Call status = world.api.calls("assistant.threads.setStatus").get(0);
        assertEquals(DM, status.param("channel_id"));
        assertEquals(thread, status.param("thread_ts"));
        assertEquals(AssistantPane.STATUS, status.param("status"));
        List<String> order = world.api.calls().stream().map(Call::method).toList();
        assertTrue(
                order.indexOf("assistant.threads.setStatus") < order.indexOf("chat.postMessage"),
                order.toString());
        Call title = world.api.calls("assistant.threads.setTitle").get(0);
        assertEquals(thread, title.param("thread_ts"));
        assertEquals("does a tpm need to code?", title.param("title"));

        send(SlackPayloads.assistantMessage(DM, thread, USER_ID, "what is a backlog"));
        Call second = world.api.awaitCalls("chat.postMessage", 2, WAIT).get(1);
        assertEquals(thread, second.param("thread_ts"));
        assertEquals(world.faq.open("term:backlog").orElseThrow().title(), title(second));
        assertEquals(2, world.api.calls("assistant.threads.setStatus").size());
        Thread.sleep(SETTLE_MS);
        assertEquals(
                1,
                world.api.calls("assistant.threads.setTitle").size(),
                "titled once, after the first question");
    }

    @Test
    void nothingTypedInTheThreadPingsAnyone() throws Exception {
        String thread = SlackPayloads.nextTs();
        send(
                SlackPayloads.assistantMessage(
                        DM,
                        thread,
                        USER_ID,
                        "&lt;!channel&gt; <!here> @everyone <@U0OTHER> what is a frobnicator thing?"));

        world.api.awaitCalls("chat.postMessage", 1, WAIT);
        world.api.awaitCalls("assistant.threads.setTitle", 1, WAIT);
        world.api.calls().stream()
                .filter(c -> !c.method().equals("auth.test"))
                .forEach(SlackBlocks::assertNoMentions);
    }

    @Test
    void aRetriedThreadMessageIsAnsweredOnce() throws Exception {
        ObjectNode question =
                SlackPayloads.assistantMessage(
                        DM, SlackPayloads.nextTs(), USER_ID, "what is a tpm");
        send(question);
        assertEquals(
                200,
                world.slack()
                        .post(world.signer.retry(1, "http_timeout").event(question))
                        .statusCode());
        send(question);

        world.api.awaitCalls("chat.postMessage", 1, WAIT);
        Thread.sleep(SETTLE_MS);
        assertEquals(1, world.api.calls("chat.postMessage").size());
        assertEquals(1, world.api.calls("assistant.threads.setStatus").size());
    }

    @Test
    void theMessageShortcutAnswersTheQuestionAMessageRaisesPrivatelyWithShare() throws Exception {
        String text = "we should hire a TPM for this, but what does a tpm do day to day?";
        Answer expected =
                world.faq.ask(new Question(text, USER_ID, CHANNEL_ID, SlackAdapter.PLATFORM));
        shortcut(
                SlackPayloads.messageShortcut(
                        AskShortcut.CALLBACK_ID,
                        CHANNEL_ID,
                        "U0OTHER",
                        text,
                        world.api.responseUrl("s1")));

        Call reply = world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT).get(0);
        assertEquals("ephemeral", reply.param("response_type"));
        assertEquals(expected.title(), title(reply));
        assertTrue(expected.isAnswered(), expected.toString());
        assertTrue(actionIds(blocks(reply)).contains("tpm_share"));
        assertWithinLimits(blocks(reply));
        assertEquals(List.of(), world.api.calls("chat.postMessage"), "nothing public");
    }

    @Test
    void theMessageShortcutRepeatsNoMentionAndSaysWhenThereIsNoText() throws Exception {
        shortcut(
                SlackPayloads.messageShortcut(
                        AskShortcut.CALLBACK_ID,
                        CHANNEL_ID,
                        "U0OTHER",
                        "<!channel> <@U0OTHER> @here what is a zorblax in sprint planning?",
                        world.api.responseUrl("s1")));
        shortcut(
                SlackPayloads.messageShortcut(
                        AskShortcut.CALLBACK_ID,
                        CHANNEL_ID,
                        "U0OTHER",
                        "",
                        world.api.responseUrl("s2")));

        List<Call> replies = world.api.awaitCalls(FakeSlackApi.RESPONSE_URL, 2, WAIT);
        replies.forEach(SlackBlocks::assertNoMentions);
        Call empty =
                replies.stream().filter(c -> c.path().endsWith("/s2")).findFirst().orElseThrow();
        assertEquals("ephemeral", empty.param("response_type"));
        assertTrue(empty.param("text").startsWith("That message has no text"), empty.param("text"));
    }
}
