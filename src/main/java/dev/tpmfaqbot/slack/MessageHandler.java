package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LooksLikeQuestion;
import java.util.Set;

/**
 * Plain messages. A direct message to the bot is answered in the DM. In an auto-answer channel, a
 * new message that looks like a question is answered in a thread, but only when the core is
 * confident; anywhere else the bot stays quiet unless mentioned.
 */
final class MessageHandler implements BoltEventHandler<MessageEvent> {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;
    private final Set<String> askChannels;

    MessageHandler(
            FaqService faq,
            AfterAck work,
            Replies replies,
            BlockKitRenderer render,
            Set<String> askChannels) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
        this.askChannels = askChannels;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent message = payload.getEvent();
        String botUserId = context.getBotUserId();
        if (message.getBotId() != null
                || message.getUser() == null
                || message.getUser().equals(botUserId)) {
            return context.ack();
        }
        boolean direct = "im".equals(message.getChannelType());
        boolean autoAnswer =
                !direct
                        && askChannels.contains(message.getChannel())
                        && isNewThread(message)
                        && !mentions(message, botUserId)
                        && LooksLikeQuestion.test(SlackText.fromSlack(message.getText()));
        if ((direct || autoAnswer)
                && EventDeliveries.worthHandling(context.getRetryNum(), context.getRetryReason())) {
            // A DM is answered where it was asked (in its thread, if any); an auto-answer in a
            // thread under the question.
            String thread = direct ? message.getThreadTs() : message.getTs();
            String delivery = EventDeliveries.eventKey(payload.getEventId());
            // Unasked, an auto-answer stays silent when the asker already has questions in hand.
            AfterAck.Job job =
                    direct
                            ? AfterAck.Job.question("direct message", message.getUser(), delivery)
                            : AfterAck.Job.silent("auto-answer", message.getUser(), delivery);
            work.answer(
                    job,
                    () -> answer(message, botUserId, direct),
                    reply -> replies.post(message.getChannel(), thread, reply));
        }
        return context.ack();
    }

    /** The reply, or null when an auto-answer is not confident enough to speak unasked. */
    private SlackMessage answer(MessageEvent message, String botUserId, boolean direct) {
        String text = SlackText.withoutMentionOf(botUserId, SlackText.fromSlack(message.getText()));
        Answer answer =
                faq.ask(
                        new Question(
                                text,
                                message.getUser(),
                                message.getChannel(),
                                SlackAdapter.PLATFORM));
        return direct || answer.band() == Band.ANSWER
                ? render.answer(answer, Presentation.publicReply())
                : null;
    }

    private static boolean isNewThread(MessageEvent message) {
        return message.getThreadTs() == null || message.getThreadTs().equals(message.getTs());
    }

    /** A mention is answered by {@link MentionHandler}. */
    private static boolean mentions(MessageEvent message, String botUserId) {
        return botUserId != null
                && message.getText() != null
                && message.getText().contains("<@" + botUserId);
    }
}
