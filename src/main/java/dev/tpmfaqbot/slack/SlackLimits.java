package dev.tpmfaqbot.slack;

/** Slack's documented Block Kit limits that our messages can reach. */
final class SlackLimits {
    static final int BLOCKS = 50;
    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int HEADER_TEXT = 150;
    static final int CONTEXT_ELEMENTS = 10;
    static final int CONTEXT_TEXT = 3000;
    static final int ACTIONS_ELEMENTS = 25;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2000;
    static final int SELECT_OPTIONS = 100;
    static final int OPTION_TEXT = 75;

    /** assistant.threads.setSuggestedPrompts takes up to four. */
    static final int SUGGESTED_PROMPTS = 4;

    /**
     * Slack cuts longer message text; the fallback is for notifications and screen readers, so
     * shorter is kinder.
     */
    static final int FALLBACK_TEXT = 3000;

    private SlackLimits() {}
}
