package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.service.FaqService;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads the roles in {@code /tpm compare ROLE [ROLE]}. Role names can be several words ("product
 * manager program manager"), so without a separator such as "vs" or a comma every split is tried
 * and the first the core knows wins.
 */
final class CompareArguments {
    private static final Pattern SEPARATOR =
            Pattern.compile(
                    "\\s*,\\s*|\\s*/\\s*|\\s+(?:vs\\.?|versus|and|with|to|or)\\s+",
                    Pattern.CASE_INSENSITIVE);

    private CompareArguments() {}

    static Answer compare(FaqService faq, String text) {
        String[] named = SEPARATOR.split(text.strip(), 2);
        if (named.length == 2) {
            return faq.compare(named[0], named[1]);
        }
        Answer oneRole = faq.compare(text, null);
        String[] words = text.strip().split("\\s+");
        if (oneRole.isAnswered() || words.length == 1) {
            return oneRole;
        }
        Answer lastTry = oneRole;
        for (int i = 1; i < words.length; i++) {
            lastTry = faq.compare(join(words, 0, i), join(words, i, words.length));
            if (lastTry.isAnswered()) {
                return lastTry;
            }
        }
        // With two words, saying which of the two is unknown helps more than quoting both.
        return words.length == 2 ? lastTry : oneRole;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }
}
