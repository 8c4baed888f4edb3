package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Names;
import dev.tpmfaqbot.service.FaqService;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Suggests roles and terms while they are typed; asks the service every time, so a content reload
 * shows at once.
 */
final class AutocompleteListener extends ListenerAdapter {
    private final FaqService faq;

    AutocompleteListener(FaqService faq) {
        this.faq = faq;
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.getName().equals(CommandRegistrar.COMMAND)) {
            return;
        }
        String typed = event.getFocusedOption().getValue();
        Names names = faq.names();
        List<Names.Choice> choices =
                switch (event.getFocusedOption().getName()) {
                    case CommandRegistrar.ROLE, CommandRegistrar.OTHER ->
                            names.completeRole(typed, DiscordLimits.CHOICES);
                    case CommandRegistrar.TERM -> names.completeTerm(typed, DiscordLimits.CHOICES);
                    default -> List.of();
                };
        event.replyChoices(
                        choices.stream()
                                .filter(c -> c.value().length() <= DiscordLimits.CHOICE_TEXT)
                                .map(
                                        c ->
                                                new Command.Choice(
                                                        DiscordLimits.trim(
                                                                c.label(),
                                                                DiscordLimits.CHOICE_TEXT),
                                                        c.value()))
                                .toList())
                .queue();
    }
}
