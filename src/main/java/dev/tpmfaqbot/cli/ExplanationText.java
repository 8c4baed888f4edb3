package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.answer.Band;
import dev.tpmfaqbot.answer.Candidate;
import dev.tpmfaqbot.answer.CandidateFeatures;
import dev.tpmfaqbot.answer.Explanation;
import java.util.Locale;

/**
 * Why an answer was chosen, for {@code ask --explain}: the same working as the owner's "try it"
 * page.
 */
final class ExplanationText {
    static final int CANDIDATES = 5;

    private ExplanationText() {}

    static String format(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        text.append("why:\n")
                .append("  band:       ")
                .append(explanation.answer().band().name().toLowerCase(Locale.ROOT))
                .append(
                        String.format(
                                Locale.ROOT,
                                " (answer from %.2f, did-you-mean from %.2f)%n",
                                Band.ANSWER_FROM,
                                Band.SUGGEST_FROM))
                .append("  key:        ")
                .append(explanation.answer().key())
                .append('\n')
                .append(
                        String.format(
                                Locale.ROOT,
                                "  confidence: %.2f%n",
                                explanation.answer().confidence()))
                .append("  route:      ")
                .append(explanation.route())
                .append('\n')
                .append("  read as:    ")
                .append(explanation.cleaned())
                .append('\n')
                .append("  words:      ")
                .append(String.join(" ", explanation.words()))
                .append('\n');
        if (explanation.candidates().isEmpty()) {
            return text.append("  candidates: none (a rule answered, or nothing matched)\n")
                    .toString();
        }
        text.append("  candidates:\n");
        for (Candidate candidate : explanation.candidates().stream().limit(CANDIDATES).toList()) {
            text.append(
                    String.format(
                            Locale.ROOT,
                            "    %.2f %s%n      ",
                            candidate.confidence(),
                            candidate.key()));
            double[] values = candidate.features().vector();
            for (int i = 0; i < values.length; i++) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "%s=%.2f ",
                                CandidateFeatures.NAMES.get(i),
                                values[i]));
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        return text.toString();
    }
}
