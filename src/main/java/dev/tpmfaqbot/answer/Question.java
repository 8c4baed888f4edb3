package dev.tpmfaqbot.answer;

/**
 * A question as it arrived: the text exactly as typed, who asked, where, and on which platform
 * ({@code slack}, {@code discord}, {@code cli}, {@code http}). Ids are opaque to the core.
 */
public record Question(String text, String asker, String place, String platform) {

    public Question {
        text = text == null ? "" : text;
        asker = asker == null ? "" : asker;
        place = place == null ? "" : place;
        platform = platform == null ? "" : platform;
    }

    public static Question fromCommandLine(String text) {
        return new Question(text, "", "", "cli");
    }
}
