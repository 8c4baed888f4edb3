package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.service.FaqService;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * "Ask the TPM bot" on a message (right-click → Apps): the question that message raises, answered
 * only to the person who asked, with Share. It works wherever the command can be used, including
 * servers the bot is not in when a user installed the app: interaction replies need no membership.
 */
final class MessageCommandListener extends ListenerAdapter {
    static final String NO_TEXT = "That message has no text I can answer. Try /tpm ask instead.";

    private final FaqService faq;
    private final TimelyReply replies;

    MessageCommandListener(FaqService faq, TimelyReply replies) {
        this.faq = faq;
        this.replies = replies;
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (!event.getName().equals(CommandRegistrar.ASK_MESSAGE)) {
            return;
        }
        String text = question(event.getTarget(), event.getJDA().getSelfUser().getId());
        replies.send(
                event,
                true,
                () ->
                        text.isEmpty()
                                ? DiscordMessages.text(NO_TEXT)
                                : DiscordMessages.privateAnswer(
                                        faq.ask(
                                                DiscordQuestions.of(
                                                        text,
                                                        event.getUser().getIdLong(),
                                                        event.getChannelIdLong()))));
    }

    /**
     * The message's text without mentions of the bot; Discord sends it with the interaction, no
     * intent needed.
     */
    private static String question(Message target, String selfId) {
        return target.getContentRaw()
                .replace("<@" + selfId + ">", " ")
                .replace("<@!" + selfId + ">", " ")
                .strip();
    }
}
