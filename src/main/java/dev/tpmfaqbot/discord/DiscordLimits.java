package dev.tpmfaqbot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Discord's size limits, and cutting text to them without splitting a character or rejecting
 * anything.
 */
final class DiscordLimits {
    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;
    static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    static final int EMBEDS_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    static final int EMBEDS = Message.MAX_EMBED_COUNT;
    static final int BUTTONS_PER_ROW = 5;
    static final int ROWS = Message.MAX_COMPONENT_COUNT;
    static final int BUTTON_LABEL = Button.LABEL_MAX_LENGTH;
    static final int CUSTOM_ID = Button.ID_MAX_LENGTH;
    static final int CHOICES = 25;
    static final int CHOICE_TEXT = 100;
    static final int CONTENT = Message.MAX_CONTENT_LENGTH;

    private static final String ELLIPSIS = "…";

    private DiscordLimits() {}

    /** The text, or its start with an ellipsis when longer than {@code max}. */
    static String trim(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return safeCut(text, max);
        }
        return safeCut(text, max - ELLIPSIS.length()).stripTrailing() + ELLIPSIS;
    }

    /**
     * Pieces of at most {@code max} characters, cut at a paragraph break, else a line break, else a
     * space, in the second half of a piece when there is one; a piece is cut hard only when it has
     * none.
     */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = breakBefore(rest, max);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int breakBefore(String text, int max) {
        for (String separator : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(separator, max - separator.length());
            if (at >= max / 2) {
                return at + separator.length();
            }
        }
        return safeCut(text, max).length();
    }

    private static String safeCut(String text, int length) {
        int end =
                length > 0 && Character.isHighSurrogate(text.charAt(length - 1))
                        ? length - 1
                        : length;
        return text.substring(0, end);
    }
}
