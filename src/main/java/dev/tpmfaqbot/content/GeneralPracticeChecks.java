package dev.tpmfaqbot.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Claims that are not in the articles are general practice, and say so: a text that speaks of
 * general practice cites the source {@value #SOURCE}, and a citation of it is visible in the text
 * (see the README, "Claims and sources"). Roles have no text to say it in, so they are not checked.
 */
final class GeneralPracticeChecks {
    static final String SOURCE = "industry-practice";
    private static final Pattern SAYS_SO =
            Pattern.compile(
                    "\\b(general (industry )?practice|in general|industry practice|common practice|usual practice)\\b",
                    Pattern.CASE_INSENSITIVE);

    private GeneralPracticeChecks() {}

    static void run(List<? extends Located<? extends Answerable>> items) {
        for (Located<? extends Answerable> item : items) {
            Answerable answerable = item.value();
            boolean saysSo = SAYS_SO.matcher(answerable.body()).find();
            boolean cites = answerable.sources().contains(SOURCE);
            if (saysSo && !cites) {
                item.fields()
                        .problem(
                                "/sources",
                                "the text speaks of general practice: add "
                                        + SOURCE
                                        + " to sources");
            } else if (cites && !saysSo) {
                item.fields()
                        .problem(
                                "/sources",
                                "cites "
                                        + SOURCE
                                        + " but the text never says which part is general"
                                        + " practice: say so where it applies (\"as general industry practice, …\") or drop the source");
            }
        }
    }
}
