package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.assistant.SuggestedPrompt;
import java.util.List;

/**
 * Sends messages: into a conversation or thread, privately to one person, or through a
 * response_url; and in an assistant thread, its status, title and suggested prompts.
 */
final class Replies {
    /** What a response_url post does. */
    enum Mode {
        EPHEMERAL,
        IN_CHANNEL,
        REPLACE
    }

    private final RateLimitedSlackClient slack;

    Replies(RateLimitedSlackClient slack) {
        this.slack = slack;
    }

    /**
     * A message everyone in the conversation sees; in a thread when {@code threadTs} is not null.
     */
    void post(String channel, String threadTs, SlackMessage message) throws SlackCallFailed {
        slack.call(
                "chat.postMessage",
                api ->
                        api.chatPostMessage(
                                r ->
                                        r.channel(channel)
                                                .threadTs(threadTs)
                                                .text(message.text())
                                                .blocks(message.blocks())
                                                .unfurlLinks(false)
                                                .unfurlMedia(false)));
    }

    /** A message only {@code user} sees, in the channel. */
    void postEphemeral(String channel, String user, SlackMessage message) throws SlackCallFailed {
        slack.call(
                "chat.postEphemeral",
                api ->
                        api.chatPostEphemeral(
                                r ->
                                        r.channel(channel)
                                                .user(user)
                                                .text(message.text())
                                                .blocks(message.blocks())));
    }

    void respond(String responseUrl, Mode mode, SlackMessage message) throws SlackCallFailed {
        respond(responseUrl, mode, message, null);
    }

    void respond(String responseUrl, Mode mode, SlackMessage message, String threadTs)
            throws SlackCallFailed {
        ActionResponse.ActionResponseBuilder response = ActionResponse.builder();
        switch (mode) {
            case EPHEMERAL -> response.responseType("ephemeral");
            case IN_CHANNEL -> response.responseType("in_channel");
            case REPLACE -> response.replaceOriginal(true);
        }
        slack.respond(
                responseUrl,
                response.text(message.text()).blocks(message.blocks()).threadTs(threadTs).build());
    }

    /**
     * Removes the message the response_url belongs to, e.g. a private answer once it was shared.
     */
    void delete(String responseUrl) throws SlackCallFailed {
        slack.respond(responseUrl, ActionResponse.builder().deleteOriginal(true).build());
    }

    /**
     * "is looking it up…" under an assistant thread until the bot's next reply there (empty:
     * cleared).
     */
    void assistantStatus(String channel, String threadTs, String status) throws SlackCallFailed {
        slack.call(
                "assistant.threads.setStatus",
                api ->
                        api.assistantThreadsSetStatus(
                                r -> r.channelId(channel).threadTs(threadTs).status(status)));
    }

    void assistantTitle(String channel, String threadTs, String title) throws SlackCallFailed {
        slack.call(
                "assistant.threads.setTitle",
                api ->
                        api.assistantThreadsSetTitle(
                                r -> r.channelId(channel).threadTs(threadTs).title(title)));
    }

    void assistantPrompts(
            String channel, String threadTs, String title, List<SuggestedPrompt> prompts)
            throws SlackCallFailed {
        slack.call(
                "assistant.threads.setSuggestedPrompts",
                api ->
                        api.assistantThreadsSetSuggestedPrompts(
                                r ->
                                        r.channelId(channel)
                                                .threadTs(threadTs)
                                                .title(title)
                                                .prompts(prompts)));
    }
}
