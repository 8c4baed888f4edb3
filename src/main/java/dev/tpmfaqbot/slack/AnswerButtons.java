package dev.tpmfaqbot.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.tpmfaqbot.service.FaqService;

/**
 * Buttons and menus that open an answer by key: related topics, starter topics, the topics menu,
 * and "did you mean". In a DM the answer is posted there. Elsewhere only the person who clicked
 * sees it, so that one click cannot make the bot talk to a whole channel; they can share it. "Did
 * you mean" replaces the question where the question was only theirs.
 */
final class AnswerButtons {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    private enum Placement {
        REPLACE,
        POST,
        EPHEMERAL
    }

    AnswerButtons(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    BlockActionHandler open() {
        return (request, context) -> handle(request, context, false);
    }

    BlockActionHandler suggestion() {
        return (request, context) -> handle(request, context, true);
    }

    private Response handle(
            BlockActionRequest request, ActionContext context, boolean replacesQuestion) {
        Click click = Click.of(request.getPayload());
        if (replacesQuestion)
            faq.topicOpened(
                    SlackAdapter.PLATFORM, click.user(), click.value()); // for the owner's page
        boolean onlyTheirs = click.ephemeral() || click.inDirectMessage();
        Placement placement =
                replacesQuestion && onlyTheirs
                        ? Placement.REPLACE
                        : click.inDirectMessage() && !click.ephemeral()
                                ? Placement.POST
                                : Placement.EPHEMERAL;
        Presentation presentation =
                placement == Placement.POST || placement == Placement.REPLACE && !click.ephemeral()
                        ? Presentation.publicReply()
                        : Presentation.privateReply();
        AfterAck.Job job =
                AfterAck.Job.silent(
                        "open " + click.value(),
                        click.user(),
                        EventDeliveries.interactionKey(request.getPayload().getTriggerId()));
        work.answer(
                job,
                () ->
                        faq.open(click.value())
                                .map(answer -> render.answer(answer, presentation))
                                .orElseGet(
                                        () ->
                                                SlackMessages.notice(
                                                        "That topic is not available any more. Try `/tpm topics`.")),
                message -> {
                    switch (placement) {
                        case REPLACE ->
                                replies.respond(click.responseUrl(), Replies.Mode.REPLACE, message);
                        case POST -> replies.post(click.channel(), click.threadTs(), message);
                        case EPHEMERAL ->
                                replies.respond(
                                        click.responseUrl(),
                                        Replies.Mode.EPHEMERAL,
                                        message,
                                        click.threadTs());
                    }
                });
        return context.ack();
    }
}
