package dev.tpmfaqbot.discord;

import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.answer.Question;

/** Questions as the core sees them: the text, the asker's and channel's ids, the platform. */
final class DiscordQuestions {
    static final Platform PLATFORM = Platform.DISCORD;

    private DiscordQuestions() {}

    static Question of(String text, long askerId, long channelId) {
        return new Question(
                text, Long.toUnsignedString(askerId), Long.toUnsignedString(channelId), PLATFORM);
    }
}
