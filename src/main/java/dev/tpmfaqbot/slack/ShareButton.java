package dev.tpmfaqbot.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.tpmfaqbot.service.FaqService;

/**
 * "Share in channel" under a private answer: the same answer posted for everyone, saying who shared
 * it, and the private copy removed. Both go through the response_url, which also works in channels
 * the bot is not a member of.
 */
final class ShareButton implements BlockActionHandler {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    ShareButton(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Click click = Click.of(request.getPayload());
        AfterAck.Job job =
                AfterAck.Job.silent(
                        "share",
                        click.user(),
                        EventDeliveries.interactionKey(request.getPayload().getTriggerId()));
        work.answer(
                job,
                () ->
                        faq.open(click.value())
                                .map(
                                        answer ->
                                                render.answer(
                                                        answer,
                                                        Presentation.sharedBy(click.user())))
                                .orElse(null),
                shared -> {
                    replies.respond(
                            click.responseUrl(), Replies.Mode.IN_CHANNEL, shared, click.threadTs());
                    if (click.ephemeral()) {
                        replies.delete(click.responseUrl());
                    }
                });
        return context.ack();
    }
}
