package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The buttons under an answer: follow-ups (or "did you mean" topics when unsure), then Helpful /
 * Not helpful and, on a private answer, Share in channel. Five per row, five rows at most.
 */
final class AnswerButtons {
    /** Rows of topic buttons; the last row is kept for feedback and sharing. */
    private static final int TOPIC_ROWS = 2;

    private static final int STARTER_ROWS = DiscordLimits.ROWS;

    private AnswerButtons() {}

    static List<ActionRow> forAnswer(Answer answer, boolean shareable) {
        List<ActionRow> rows = new ArrayList<>();
        boolean unsure = answer.band() == Band.SUGGEST;
        List<Link> topics = answer.isAnswered() ? answer.followUps() : answer.suggestions();
        rows.addAll(topicRows(topics, unsure, TOPIC_ROWS));
        if (answer.isAnswered()) {
            List<Button> last = new ArrayList<>();
            last.add(
                    Button.success(
                            ButtonIds.of(ButtonIds.Action.HELPFUL, answer.key()), "Helpful"));
            last.add(
                    Button.secondary(
                            ButtonIds.of(ButtonIds.Action.UNHELPFUL, answer.key()), "Not helpful"));
            if (shareable) {
                last.add(
                        Button.primary(
                                ButtonIds.of(ButtonIds.Action.SHARE, answer.key()),
                                "Share in channel"));
            }
            if (last.stream().allMatch(b -> b.getCustomId().length() <= DiscordLimits.CUSTOM_ID)) {
                rows.add(ActionRow.of(last));
            }
        }
        return rows;
    }

    /** Starter topics under a welcome. */
    static List<ActionRow> starters(List<Link> topics) {
        return topicRows(topics, true, STARTER_ROWS);
    }

    static boolean isFeedback(Button button) {
        return button.getCustomId() != null
                && ButtonIds.parse(button.getCustomId()).map(ButtonIds::isFeedback).orElse(false);
    }

    private static List<ActionRow> topicRows(List<Link> topics, boolean primary, int maxRows) {
        Map<String, Button> byId = new LinkedHashMap<>(); // Discord refuses two buttons with one id
        for (Link topic : topics) {
            String id = ButtonIds.of(ButtonIds.Action.OPEN, topic.key());
            if (id.length() <= DiscordLimits.CUSTOM_ID
                    && byId.size() < maxRows * DiscordLimits.BUTTONS_PER_ROW) {
                String label = DiscordLimits.trim(topic.title(), DiscordLimits.BUTTON_LABEL);
                byId.putIfAbsent(
                        id, primary ? Button.primary(id, label) : Button.secondary(id, label));
            }
        }
        return byId.isEmpty() ? List.of() : ActionRow.partitionOf(byId.values());
    }
}
