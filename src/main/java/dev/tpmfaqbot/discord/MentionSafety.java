package dev.tpmfaqbot.discord;

import java.util.regex.Pattern;

/**
 * Text shown by the bot may carry what someone typed (an unknown term is repeated back). Discord
 * never pings from embeds and the bot's allowed mentions forbid it anyway; this also stops such
 * text from rendering as a mention: a zero-width space breaks {@code @everyone}, {@code @here}, and
 * user, role and channel mentions.
 */
final class MentionSafety {
    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)");
    private static final Pattern ENTITY_MENTION = Pattern.compile("<([@#])");

    private MentionSafety() {}

    static String neutralize(String text) {
        String safe = MASS_MENTION.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE + "$1");
        return ENTITY_MENTION.matcher(safe).replaceAll("<" + ZERO_WIDTH_SPACE + "$1");
    }
}
