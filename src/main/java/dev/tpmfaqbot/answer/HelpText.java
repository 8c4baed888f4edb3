package dev.tpmfaqbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one help text, in {@code help.md} beside this class (Markdown; each adapter converts it to
 * its dialect): what the bot answers with example questions, then the ways to ask, whose command
 * syntax each platform fills in.
 */
public final class HelpText {
    private static final String RESOURCE = "help.md";
    private static final String WAYS_TO_ASK = "<!-- ways to ask";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private HelpText() {}

    /** Read once, on first use. */
    private static final class Loaded {
        static final String TEXT = load();
        static final int SPLIT = TEXT.indexOf(WAYS_TO_ASK);
        static final String EXAMPLES = TEXT.substring(0, SPLIT).strip();
        static final String WAYS = TEXT.substring(TEXT.indexOf('\n', SPLIT) + 1).strip();
    }

    /**
     * What the bot answers, with example questions: the reply to a message with no question in it.
     */
    public static String examples() {
        return Loaded.EXAMPLES;
    }

    /**
     * The examples and the ways to ask, each {@code {name}} replaced by {@code syntax.get(name)}
     * (Markdown); a line naming something the platform does not have is left out.
     */
    public static String withCommands(Map<String, String> syntax) {
        String ways =
                Loaded.WAYS
                        .lines()
                        .map(line -> fill(line, syntax))
                        .filter(line -> line != null)
                        .collect(Collectors.joining("\n"));
        return Loaded.EXAMPLES + "\n\n" + ways;
    }

    private static String fill(String line, Map<String, String> syntax) {
        Matcher placeholder = PLACEHOLDER.matcher(line);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = syntax.get(placeholder.group(1));
            if (value == null) {
                return null;
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String load() {
        try (InputStream in = HelpText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(WAYS_TO_ASK)) {
                throw new IllegalStateException(RESOURCE + " has no '" + WAYS_TO_ASK + "' line");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
