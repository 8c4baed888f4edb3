package dev.tpmfaqbot.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.tpmfaqbot.service.FaqService;

/**
 * "Helpful" / "Not helpful": recorded for the content owners, then the message says thanks instead
 * of the buttons.
 */
final class FeedbackButtons implements BlockActionHandler {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    FeedbackButtons(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Click click = Click.of(request.getPayload());
        boolean helpful =
                ActionIds.HELPFUL.equals(request.getPayload().getActions().get(0).getActionId());
        String[] keyAndPresentation = click.value().split("\\|", 2);
        String key = keyAndPresentation[0];
        Presentation shownAs =
                Presentation.fromCode(keyAndPresentation.length > 1 ? keyAndPresentation[1] : "");
        // A click replayed, or delivered twice, is recorded once.
        AfterAck.Job job =
                AfterAck.Job.silent(
                        "feedback",
                        click.user(),
                        EventDeliveries.interactionKey(request.getPayload().getTriggerId()));
        work.answer(
                job,
                () ->
                        faq.open(key)
                                .map(
                                        answer -> {
                                            faq.feedback(
                                                    key,
                                                    helpful,
                                                    SlackAdapter.PLATFORM,
                                                    click.user());
                                            return render.answer(
                                                    answer, shownAs.withFeedbackGiven());
                                        })
                                .orElse(null),
                thanked -> replies.respond(click.responseUrl(), Replies.Mode.REPLACE, thanked));
        return context.ack();
    }
}
