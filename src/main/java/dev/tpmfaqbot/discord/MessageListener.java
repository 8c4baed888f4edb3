package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LooksLikeQuestion;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages: a direct message is answered in the DM; a message that mentions the bot gets a reply to
 * it; in an auto-answer channel, a message that looks like a question gets a reply when the answer
 * is confident (elsewhere the bot speaks only when spoken to). Mentions and DMs carry their text
 * without the privileged message content intent; auto-answer channels need it.
 */
final class MessageListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(MessageListener.class);

    private final FaqService faq;
    private final Set<Long> askChannels;

    MessageListener(FaqService faq, Set<Long> askChannels) {
        this.faq = faq;
        this.askChannels = Set.copyOf(askChannels);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return;
        }
        Message message = event.getMessage();
        if (event.isFromType(ChannelType.PRIVATE)) {
            ask(
                    event,
                    message.getContentRaw(),
                    answer -> event.getChannel().sendMessage(DiscordMessages.answer(answer)));
        } else if (event.isFromGuild() && mentionsMe(event)) {
            ask(
                    event,
                    withoutMyMention(event),
                    answer -> message.reply(DiscordMessages.reply(answer, true)));
        } else if (event.isFromGuild() && askChannels.contains(event.getChannel().getIdLong())) {
            String text = message.getContentRaw().strip();
            if (LooksLikeQuestion.test(text)) {
                ask(
                        event,
                        text,
                        answer ->
                                answer.band() == Band.ANSWER && answer.isAnswered()
                                        ? message.reply(DiscordMessages.reply(answer, false))
                                        : null);
            }
        }
    }

    /** Only a direct mention of the bot: not @everyone, @here or a role it has. */
    private static boolean mentionsMe(MessageReceivedEvent event) {
        return event.getMessage()
                .getMentions()
                .isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
    }

    private static String withoutMyMention(MessageReceivedEvent event) {
        String me = event.getJDA().getSelfUser().getId();
        return event.getMessage()
                .getContentRaw()
                .replace("<@" + me + ">", " ")
                .replace("<@!" + me + ">", " ")
                .strip();
    }

    /**
     * Answers on the core's answering pool, never on JDA's event thread; {@code reply} may return
     * null: say nothing.
     */
    private void ask(
            MessageReceivedEvent event, String text, Function<Answer, RestAction<?>> reply) {
        faq.inTurn(
                        DiscordQuestions.PLATFORM + ":" + event.getAuthor().getId(),
                        () ->
                                faq.ask(
                                        DiscordQuestions.of(
                                                text,
                                                event.getAuthor().getIdLong(),
                                                event.getChannel().getIdLong())))
                .whenComplete(
                        (answer, failure) -> {
                            if (failure != null) {
                                log.info(
                                        "discord: a message was not answered: {}",
                                        failure.toString());
                                return;
                            }
                            RestAction<?> action = reply.apply(answer);
                            if (action != null) {
                                action.queue(null, this::failed);
                            }
                        });
    }

    private void failed(Throwable failure) {
        log.warn("could not send an answer: {}", failure.toString());
    }
}
