package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.FaqService;

/**
 * {@code @bot question} in a channel: the answer in a thread under that message, for everyone to
 * see.
 */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    MentionHandler(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
        AppMentionEvent event = payload.getEvent();
        // Direct messages are answered by MessageHandler; answering here too would answer twice.
        boolean inDirectMessage = event.getChannel() != null && event.getChannel().startsWith("D");
        if (event.getBotId() != null
                || inDirectMessage
                || !EventDeliveries.worthHandling(
                        context.getRetryNum(), context.getRetryReason())) {
            return context.ack();
        }
        String botUserId = context.getBotUserId();
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        AfterAck.Job job =
                AfterAck.Job.question(
                        "mention", event.getUser(), EventDeliveries.eventKey(payload.getEventId()));
        work.answer(
                job,
                () -> {
                    String text =
                            SlackText.withoutMentionOf(
                                    botUserId, SlackText.fromSlack(event.getText()));
                    Answer answer =
                            faq.ask(
                                    new Question(
                                            text,
                                            event.getUser(),
                                            event.getChannel(),
                                            SlackAdapter.PLATFORM));
                    return render.answer(answer, Presentation.publicReply());
                },
                message -> replies.post(event.getChannel(), thread, message));
        return context.ack();
    }
}
