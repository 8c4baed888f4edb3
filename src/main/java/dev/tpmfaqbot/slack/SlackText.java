package dev.tpmfaqbot.slack;

import java.util.regex.Pattern;

/**
 * Text going to and coming from Slack. Outgoing mrkdwn must escape {@code & < >}, or text a user
 * typed could become {@code <!channel>} or {@code <@U123>} and ping people; the words
 * {@code @here}, {@code @channel} and {@code @everyone} are broken with a zero-width joiner as
 * well, because Slack still turns some of them into mentions when it parses mrkdwn.
 */
public final class SlackText {
    private static final Pattern BROADCAST_WORD =
            Pattern.compile("@(here|channel|everyone)\\b", Pattern.CASE_INSENSITIVE);
    private static final String WORD_JOINER = "\u2060";

    private SlackText() {}

    /** Any text for a mrkdwn field: escaped and unable to mention anyone. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return BROADCAST_WORD.matcher(escaped).replaceAll("@" + WORD_JOINER + "$1");
    }

    /** Text for a plain_text field (Slack shows it literally), still unable to mention anyone. */
    public static String plain(String text) {
        return text == null
                ? ""
                : BROADCAST_WORD.matcher(text).replaceAll("@" + WORD_JOINER + "$1");
    }

    /**
     * Text for a one-line plain-text field such as a thread title: Slack's markup ({@code <@U1>},
     * {@code <!here>}, links) loses its brackets, so it shows as characters and mentions nobody.
     */
    public static String plainLine(String text, int max) {
        String flat =
                text == null ? "" : text.replaceAll("[<>]", "").replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "" : cut(plain(flat), max);
    }

    /**
     * What a person typed, as Slack delivers it (HTML-escaped), back to the characters they typed.
     */
    public static String fromSlack(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * The question without mentions of the bot: {@code <@U0BOT> what is a tpm} becomes {@code what
     * is a tpm}.
     */
    public static String withoutMentionOf(String botUserId, String text) {
        if (botUserId == null || botUserId.isEmpty()) {
            return text.strip();
        }
        return text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * Cuts to at most {@code max} characters, ending with an ellipsis when cut, without splitting a
     * surrogate pair.
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
