package dev.tpmfaqbot.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Whether a message in an auto-answer channel is worth trying to answer, on every platform: it asks
 * something (a question mark, or a question word first: {@code question-starts.txt}) in a few words
 * at least. Mentions, channel links and custom emoji ({@code <…>} in Slack and Discord alike) are
 * not words of the question. An auto-answer still speaks only when the answer is confident.
 */
public final class LooksLikeQuestion {
    static final int MIN_WORDS = 3;
    private static final String STARTS = "question-starts.txt";
    private static final Pattern CHAT_MARKUP = Pattern.compile("<[^<>]*>");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}']");

    private LooksLikeQuestion() {}

    /** Loaded once, on first use. */
    private static final class Starts {
        static final CharArraySet WORDS = load();
    }

    public static boolean test(String text) {
        String words = text == null ? "" : CHAT_MARKUP.matcher(text).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return false;
        }
        String[] split = words.split("\\s+");
        if (split.length < MIN_WORDS) {
            return false;
        }
        String first =
                NOT_A_WORD_CHARACTER
                        .matcher(split[0].replace('\u2019', '\'').toLowerCase(Locale.ROOT))
                        .replaceAll("");
        return words.contains("?") || Starts.WORDS.contains(first);
    }

    private static CharArraySet load() {
        try (InputStream in = LooksLikeQuestion.class.getResourceAsStream(STARTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STARTS);
            }
            return WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8),
                    "#",
                    new CharArraySet(32, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STARTS, e);
        }
    }
}
