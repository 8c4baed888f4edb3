package dev.tpmfaqbot.discord;

import static dev.tpmfaqbot.discord.CommandRegistrar.ASK;
import static dev.tpmfaqbot.discord.CommandRegistrar.COMPARE;
import static dev.tpmfaqbot.discord.CommandRegistrar.DEFINE;
import static dev.tpmfaqbot.discord.CommandRegistrar.HELP;
import static dev.tpmfaqbot.discord.CommandRegistrar.TOPICS;

import dev.tpmfaqbot.service.FaqService;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /tpm ask|compare|define|topics|help}: a private answer the asker may share. */
final class SlashCommandListener extends ListenerAdapter {
    private final FaqService faq;
    private final TimelyReply replies;

    SlashCommandListener(FaqService faq, TimelyReply replies) {
        this.faq = faq;
        this.replies = replies;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(CommandRegistrar.COMMAND)) {
            return;
        }
        replies.send(event, true, () -> answer(event));
    }

    private MessageCreateData answer(SlashCommandInteractionEvent event) {
        String subcommand = event.getSubcommandName() == null ? HELP : event.getSubcommandName();
        return switch (subcommand) {
            case ASK ->
                    DiscordMessages.privateAnswer(
                            faq.ask(
                                    DiscordQuestions.of(
                                            option(event, CommandRegistrar.QUESTION),
                                            event.getUser().getIdLong(),
                                            event.getChannelIdLong())));
            case COMPARE ->
                    DiscordMessages.privateAnswer(
                            faq.compare(
                                    option(event, CommandRegistrar.ROLE),
                                    option(event, CommandRegistrar.OTHER)));
            case DEFINE ->
                    DiscordMessages.privateAnswer(faq.define(option(event, CommandRegistrar.TERM)));
            case TOPICS -> DiscordMessages.card(InfoCards.topics(faq.topics()), List.of());
            default -> DiscordMessages.card(InfoCards.help(), List.of());
        };
    }

    private static String option(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null ? "" : option.getAsString();
    }
}
