package dev.tpmfaqbot.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.service.FaqService;
import java.util.Optional;

/**
 * Buttons and menus that open an answer by key: related topics, starter topics, the topics menu,
 * and "did you mean". In a DM the answer is posted there. Elsewhere only the person who clicked
 * sees it, so that one click cannot make the bot talk to a whole channel; they can share it.
 * "Did you mean" replaces the question where the question was only theirs.
 */
final class AnswerButtons {
    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;

    AnswerButtons(FaqService faq, AfterAck work, Replies replies) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
    }

    BlockActionHandler open() {
        return (request, context) -> handle(request, context, false);
    }

    BlockActionHandler suggestion() {
        return (request, context) -> handle(request, context, true);
    }

    private Response handle(BlockActionRequest request, ActionContext context, boolean replacesQuestion) {
        Click click = Click.of(request.getPayload());
        work.run("open " + click.value(), () -> reply(click, replacesQuestion));
        return context.ack();
    }

    private void reply(Click click, boolean replacesQuestion) throws SlackCallFailed {
        Optional<Answer> answer = faq.open(click.value());
        if (answer.isEmpty()) {
            replies.respond(click.responseUrl(), Replies.Mode.EPHEMERAL,
                    SlackMessages.notice("That topic is not available any more. Try `/tpm topics`."));
            return;
        }
        boolean onlyTheirs = click.ephemeral() || click.inDirectMessage();
        if (replacesQuestion && onlyTheirs) {
            Presentation presentation = click.ephemeral() ? Presentation.privateReply() : Presentation.publicReply();
            replies.respond(click.responseUrl(), Replies.Mode.REPLACE, BlockKitRenderer.answer(answer.get(), presentation));
        } else if (click.inDirectMessage() && !click.ephemeral()) {
            replies.post(click.channel(), click.threadTs(), BlockKitRenderer.answer(answer.get(), Presentation.publicReply()));
        } else {
            replies.respond(click.responseUrl(), Replies.Mode.EPHEMERAL,
                    BlockKitRenderer.answer(answer.get(), Presentation.privateReply()), click.threadTs());
        }
    }
}
