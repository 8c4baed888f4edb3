package dev.tpmfaqbot.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw chat text into plain lower-case words: platform markup, mentions, links, emoji and
 * control characters go; contractions are spelled out. Content goes through the same cleaning as
 * questions, so both sides of a match agree.
 */
public final class ChatText {
    /** Longer questions are cut to this many characters, not rejected. */
    public static final int MAX_CHARS = 4000;

    private static final Pattern LINK_WITH_LABEL =
            Pattern.compile("<(?:https?|mailto):[^|>\\s]*\\|([^>]*)>");
    private static final Pattern PLATFORM_MARKUP = Pattern.compile("<[^<>\\s]{1,200}>");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
    private static final Pattern AT_MENTION = Pattern.compile("(?<![\\w.])@[\\w.-]+");
    private static final Pattern EMOJI_SHORTCODE = Pattern.compile(":[a-z0-9_+-]{1,40}:");
    private static final Pattern AB = Pattern.compile("\\ba\\s*[/-]\\s*b\\b");

    /** "T.P.M." or "t.p.m" is "tpm". */
    private static final Pattern DOTTED_ACRONYM =
            Pattern.compile("\\b(?:[a-z]\\.){2,}[a-z]?\\.?(?=\\s|$|[,;:?!])");

    private static final Pattern CONTRACTION = Pattern.compile("\\b(\\w+)'(s|re|ve|d|ll|m|t)\\b");
    private static final Map<String, String> NEGATIONS =
            Map.of(
                    "can't",
                    "can not",
                    "won't",
                    "will not",
                    "don't",
                    "do not",
                    "doesn't",
                    "does not",
                    "isn't",
                    "is not",
                    "aren't",
                    "are not",
                    "didn't",
                    "did not",
                    "shouldn't",
                    "should not");
    private static final Map<String, String> SUFFIXES =
            Map.of("re", " are", "ve", " have", "d", " would", "ll", " will", "m", " am");
    private static final Pattern RUN_ON_WHAT = Pattern.compile("\\b(what|who|how|where|that)s\\b");
    private static final Pattern NO_APOSTROPHE =
            Pattern.compile(
                    "\\b(dont|doesnt|isnt|arent|cant|wont|didnt|shouldnt|im|ive|youre|theyre)\\b");
    private static final Map<String, String> NO_APOSTROPHE_MEANS =
            Map.ofEntries(
                    Map.entry("dont", "do not"),
                    Map.entry("doesnt", "does not"),
                    Map.entry("isnt", "is not"),
                    Map.entry("arent", "are not"),
                    Map.entry("cant", "can not"),
                    Map.entry("wont", "will not"),
                    Map.entry("didnt", "did not"),
                    Map.entry("shouldnt", "should not"),
                    Map.entry("im", "i am"),
                    Map.entry("ive", "i have"),
                    Map.entry("youre", "you are"),
                    Map.entry("theyre", "they are"));

    /** "product and project managers" means "product managers and project managers". */
    private static final Pattern SHARED_HEAD =
            Pattern.compile(
                    "\\b(product|project|program|programme|engineering)\\s+(and|or|vs|versus)\\s+"
                            + "(product|project|program|programme|engineering)\\s+(managers?)\\b");

    private ChatText() {}

    /** The cleaned text: lower case, single spaces, at most {@link #MAX_CHARS} characters read. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = truncate(raw);
        text = LINK_WITH_LABEL.matcher(text).replaceAll(" $1 ");
        text = PLATFORM_MARKUP.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = AT_MENTION.matcher(text).replaceAll(" ");
        text =
                text.toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'')
                        .replace('\u2018', '\'')
                        .replace('`', '\'');
        text = EMOJI_SHORTCODE.matcher(text).replaceAll(" ");
        text = dropSymbolsAndControls(text);
        text = AB.matcher(text).replaceAll("ab");
        text = DOTTED_ACRONYM.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        text = spellOutContractions(text);
        text = RUN_ON_WHAT.matcher(text).replaceAll("$1 is");
        text = NO_APOSTROPHE.matcher(text).replaceAll(m -> NO_APOSTROPHE_MEANS.get(m.group(1)));
        text = SHARED_HEAD.matcher(text).replaceAll("$1 $4 $2 $3 $4");
        return text.replace('&', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Cuts at {@link #MAX_CHARS} without splitting a surrogate pair. */
    public static String truncate(String raw) {
        if (raw.length() <= MAX_CHARS) {
            return raw;
        }
        int end = Character.isHighSurrogate(raw.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return raw.substring(0, end);
    }

    private static String dropSymbolsAndControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        cp -> {
                            int type = Character.getType(cp);
                            boolean symbol =
                                    type == Character.OTHER_SYMBOL
                                            || type == Character.MODIFIER_SYMBOL
                                            || type == Character.SURROGATE
                                            || type == Character.PRIVATE_USE
                                            || type == Character.UNASSIGNED
                                            || type == Character.FORMAT
                                            || (type == Character.NON_SPACING_MARK && cp >= 0xFE00);
                            if (Character.isISOControl(cp) || symbol) {
                                kept.append(' ');
                            } else {
                                kept.appendCodePoint(cp);
                            }
                        });
        return kept.toString();
    }

    private static String spellOutContractions(String text) {
        for (Map.Entry<String, String> negation : NEGATIONS.entrySet()) {
            text = text.replace(negation.getKey(), negation.getValue());
        }
        Matcher matcher = CONTRACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(1);
            String suffix = matcher.group(2);
            String replacement =
                    switch (suffix) {
                        case "s" -> isQuestionWord(word) ? word + " is" : word + "'s";
                        case "t" ->
                                word.endsWith("n")
                                        ? word.substring(0, word.length() - 1) + " not"
                                        : word;
                        default -> word + SUFFIXES.get(suffix);
                    };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isQuestionWord(String word) {
        return switch (word) {
            case "what", "who", "how", "where", "when", "why", "it", "that", "there", "here" ->
                    true;
            default -> false;
        };
    }
}
