package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.onboarding.Welcome;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Every message the bot sends, each with its allowed mentions set explicitly: nothing is parsed
 * from the text, so {@code @everyone}, {@code @here} and roles never ping; the only user who may be
 * pinged is the asker (a reply) or the newcomer (a welcome).
 */
final class DiscordMessages {
    private DiscordMessages() {}

    /** A private answer to a slash command or a button, which the asker may share. */
    static MessageCreateData privateAnswer(Answer answer) {
        return answer(answer, true).build();
    }

    /** An answer in a DM or an onboarding channel: nobody to share it with, nobody to ping. */
    static MessageCreateData answer(Answer answer) {
        return answer(answer, false).build();
    }

    /** An answer replying to the asker's message; {@code pingAsker} notifies them of the reply. */
    static MessageCreateData reply(Answer answer, boolean pingAsker) {
        return answer(answer, false).mentionRepliedUser(pingAsker).build();
    }

    /** An answer someone shared: it names them without pinging them. */
    static MessageCreateData shared(Answer answer, long sharerId) {
        return answer(answer, false)
                .setContent("Shared by <@" + Long.toUnsignedString(sharerId) + ">")
                .build();
    }

    static MessageCreateData welcome(Welcome welcome, long newcomerId) {
        String mention = "<@" + Long.toUnsignedString(newcomerId) + ">";
        Card card = new Card("Welcome!", welcome.text(), List.of(), "", Card.GREEN);
        return noMentions(new MessageCreateBuilder())
                .setContent(mention)
                .mentionUsers(newcomerId)
                .setEmbeds(EmbedFitter.fit(card))
                .setComponents(AnswerButtons.starters(welcome.starterTopics()))
                .build();
    }

    static MessageCreateData card(Card card, List<ActionRow> rows) {
        return noMentions(new MessageCreateBuilder())
                .setEmbeds(EmbedFitter.fit(card))
                .setComponents(rows)
                .build();
    }

    /** Plain text, for the rare message that is not an answer ("something went wrong"). */
    static MessageCreateData text(String text) {
        return noMentions(new MessageCreateBuilder())
                .setContent(
                        DiscordLimits.trim(MentionSafety.neutralize(text), DiscordLimits.CONTENT))
                .build();
    }

    private static MessageCreateBuilder answer(Answer answer, boolean shareable) {
        return noMentions(new MessageCreateBuilder())
                .setEmbeds(EmbedFitter.fit(EmbedRenderer.card(answer)))
                .setComponents(AnswerButtons.forAnswer(answer, shareable));
    }

    private static MessageCreateBuilder noMentions(MessageCreateBuilder builder) {
        return builder.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }
}
