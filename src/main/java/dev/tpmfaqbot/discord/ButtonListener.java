package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.service.FaqService;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.replacer.ComponentReplacer;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button clicks: a topic (follow-up, "did you mean", starter) opens its answer privately for the
 * one who clicked; Helpful / Not helpful is recorded and the feedback buttons are disabled; Share
 * posts the answer for everyone in the channel, naming who shared it.
 */
final class ButtonListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);
    private static final String GONE = "That topic is no longer available. Try /tpm topics.";

    private final FaqService faq;
    private final TimelyReply replies;

    ButtonListener(FaqService faq, TimelyReply replies) {
        this.faq = faq;
        this.replies = replies;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ButtonIds> button = ButtonIds.parse(event.getComponentId());
        if (button.isEmpty()) {
            return;
        }
        String key = button.get().key();
        if (button.get().action() == ButtonIds.Action.OPEN)
            faq.topicOpened(DiscordQuestions.PLATFORM, event.getUser().getId(), key);
        switch (button.get().action()) {
            case OPEN ->
                    replies.send(
                            event,
                            true,
                            () ->
                                    faq.open(key)
                                            .map(DiscordMessages::privateAnswer)
                                            .orElseGet(() -> DiscordMessages.text(GONE)));
            case SHARE ->
                    replies.send(event, false, () -> shared(key, event.getUser().getIdLong()));
            case HELPFUL, UNHELPFUL ->
                    feedback(event, key, button.get().action() == ButtonIds.Action.HELPFUL);
        }
    }

    private MessageCreateData shared(String key, long sharerId) {
        Optional<Answer> answer = faq.open(key);
        return answer.map(a -> DiscordMessages.shared(a, sharerId))
                .orElseGet(() -> DiscordMessages.text(GONE));
    }

    private void feedback(ButtonInteractionEvent event, String key, boolean helpful) {
        faq.feedback(key, helpful, DiscordQuestions.PLATFORM, event.getUser().getId());
        ComponentReplacer disableFeedback =
                ComponentReplacer.of(Button.class, AnswerButtons::isFeedback, Button::asDisabled);
        event.editComponents(event.getMessage().getComponentTree().replace(disableFeedback))
                .queue(
                        null,
                        e -> log.warn("could not disable the feedback buttons: {}", e.toString()));
    }
}
