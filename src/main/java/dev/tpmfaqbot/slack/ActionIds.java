package dev.tpmfaqbot.slack;

import java.util.regex.Pattern;

/**
 * The action ids of our buttons and menus; Bolt routes clicks by them. Numbered ids keep them
 * unique in a message.
 */
final class ActionIds {
    /** Opens an answer by key in a new message: follow-ups, the welcome's starter topics. */
    static final String OPEN = "tpm_open_";

    /** "Did you mean": the chosen answer takes the place of the question, where it can. */
    static final String SUGGEST = "tpm_suggest_";

    static final String TOPIC_MENU = "tpm_topic";
    static final String HELPFUL = "tpm_feedback_helpful";
    static final String NOT_HELPFUL = "tpm_feedback_unhelpful";
    static final String SHARE = "tpm_share";

    static final Pattern OPEN_ANY = Pattern.compile(Pattern.quote(OPEN) + "\\d+");
    static final Pattern SUGGEST_ANY = Pattern.compile(Pattern.quote(SUGGEST) + "\\d+");

    static final String FEEDBACK_BLOCK = "feedback";
    static final String SHARE_BLOCK = "share";

    private ActionIds() {}
}
