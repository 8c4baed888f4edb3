package dev.tpmfaqbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.FaqService;

/**
 * {@code /tpm}: acknowledged at once with nothing to show; the reply follows through the
 * response_url, visible to the asker only, with a button to share it.
 */
final class SlashCommands implements SlashCommandHandler {
    static final String COMMAND = "/tpm";

    private final FaqService faq;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render;

    SlashCommands(FaqService faq, AfterAck work, Replies replies, BlockKitRenderer render) {
        this.faq = faq;
        this.work = work;
        this.replies = replies;
        this.render = render;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        AfterAck.Job job =
                AfterAck.Job.question(
                        COMMAND,
                        payload.getUserId(),
                        EventDeliveries.interactionKey(payload.getTriggerId()));
        work.answer(
                job,
                () -> reply(payload),
                message ->
                        replies.respond(payload.getResponseUrl(), Replies.Mode.EPHEMERAL, message));
        return context.ack();
    }

    private SlackMessage reply(SlashCommandPayload payload) {
        TpmCommand command = TpmCommand.parse(SlackText.fromSlack(payload.getText()));
        Presentation privately = Presentation.privateReply();
        return switch (command.verb()) {
            case HELP -> SlackMessages.help(faq.names().roleNames());
            case TOPICS -> SlackMessages.topics(faq.topics());
            case ASK ->
                    render.answer(
                            faq.ask(
                                    new Question(
                                            command.argument(),
                                            payload.getUserId(),
                                            payload.getChannelId(),
                                            SlackAdapter.PLATFORM)),
                            privately);
            case COMPARE ->
                    command.argument().isEmpty()
                            ? SlackMessages.notice(
                                    "Which roles? `/tpm compare ROLE [ROLE]`. I know: "
                                            + SlackText.escape(
                                                    String.join(", ", faq.names().roleNames())))
                            : render.answer(
                                    CompareArguments.compare(faq, command.argument()), privately);
            case DEFINE ->
                    command.argument().isEmpty()
                            ? SlackMessages.notice(
                                    "Which term? `/tpm define TERM`. I know: "
                                            + SlackText.escape(
                                                    String.join(", ", faq.names().termNames())))
                            : render.answer(faq.define(command.argument()), privately);
        };
    }
}
