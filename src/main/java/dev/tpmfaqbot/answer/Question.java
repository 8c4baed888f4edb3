package dev.tpmfaqbot.answer;

/**
 * A question as it arrived: the text exactly as typed, who asked, where, and on which platform Ids
 * are opaque to the core.
 */
public record Question(String text, String asker, String place, Platform platform) {

    public Question {
        text = text == null ? "" : text;
        asker = asker == null ? "" : asker;
        place = place == null ? "" : place;
        platform = platform == null ? Platform.CLI : platform;
    }

    public static Question fromCommandLine(String text) {
        return new Question(text, "", "", Platform.CLI);
    }
}
