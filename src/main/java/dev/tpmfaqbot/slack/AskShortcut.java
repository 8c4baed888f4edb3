package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.FaqService;

/**
 * The message shortcut "Ask the TPM bot" (⋯ More actions on any message): the question that message
 * raises, answered only to the person who chose it, with the Share button. The answer goes through
 * the response_url, which works in channels the bot is not a member of.
 */
final class AskShortcut implements MessageShortcutHandler {
    static final String CALLBACK_ID = "tpm_ask_message";
    static final String NO_TEXT =
            "That message has no text I can answer. Try `/tpm ask …` instead.";

    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    AskShortcut(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    @Override
    public Response apply(MessageShortcutRequest request, MessageShortcutContext context) {
        MessageShortcutPayload payload = request.getPayload();
        String user = payload.getUser() != null ? payload.getUser().getId() : null;
        String channel = payload.getChannel() != null ? payload.getChannel().getId() : null;
        Message message = payload.getMessage();
        String threadTs = message != null ? message.getThreadTs() : null;
        String text =
                SlackText.withoutMentionOf(
                        context.getBotUserId(),
                        SlackText.fromSlack(message != null ? message.getText() : ""));
        AfterAck.Job job =
                AfterAck.Job.question(
                        "message shortcut",
                        user,
                        EventDeliveries.interactionKey(payload.getTriggerId()));
        work.answer(
                job,
                () ->
                        text.isBlank()
                                ? SlackMessages.notice(NO_TEXT)
                                : render.answer(
                                        faq.ask(
                                                new Question(
                                                        text,
                                                        user,
                                                        channel,
                                                        SlackAdapter.PLATFORM)),
                                        Presentation.privateReply()),
                answer -> {
                    if (payload.getResponseUrl() != null) {
                        replies.respond(
                                payload.getResponseUrl(), Replies.Mode.EPHEMERAL, answer, threadTs);
                    } else {
                        replies.postEphemeral(channel, user, answer);
                    }
                });
        return context.ack();
    }
}
