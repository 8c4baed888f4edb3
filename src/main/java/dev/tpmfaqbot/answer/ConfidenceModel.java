package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.search.KeyMatch;

/**
 * Turns match features into a calibrated confidence: a logistic model whose output is the
 * probability that the best key is right. Its weights were fitted on the tuning sets
 * ({@code eval/questions.jsonl}, {@code eval/questions-indirect.jsonl}) with {@code eval --fit} (see the README, "How answers are chosen"); {@code eval} reports how well
 * calibrated it is.
 */
public final class ConfidenceModel {
    // Ranking: how candidates for one question are ordered.
    private static final double RANK_PHRASING = 0.5;
    private static final double RANK_SIGNATURE = 0.35;
    private static final double RANK_TEXT = 0.15;

    // Calibration: a logistic model over the best candidate (eval --fit on the tuning sets).
    private static final double BIAS = -1.60;
    private static final double PHRASING = 2.12;
    private static final double TEXT = 1.35;
    private static final double MARGIN = 2.93;
    private static final double UNKNOWN_WORDS = -2.50;
    private static final double OFF_TOPIC = -2.29;
    private static final double NAMES_TPM = 1.81;

    double rank(KeyMatch match) {
        return RANK_PHRASING * match.phrasingSimilarity() + RANK_SIGNATURE * match.signatureCoverage()
                + RANK_TEXT * match.textCoverage();
    }

    double confidence(Features features) {
        double z = BIAS + PHRASING * features.phrasing() + TEXT * features.text() + MARGIN * features.margin() + UNKNOWN_WORDS * features.unknownShare()
                + (features.offTopic() ? OFF_TOPIC : 0) + (features.namesTpm() ? NAMES_TPM : 0);
        return 1 / (1 + Math.exp(-z));
    }

    Features features(KeyMatch best, KeyMatch runnerUp, boolean offTopic, double unknownShare, boolean namesTpm) {
        double margin = runnerUp == null ? rank(best) : rank(best) - rank(runnerUp);
        return new Features(best.phrasingSimilarity(), best.textCoverage(), margin, unknownShare, offTopic, namesTpm);
    }

    /**
     * The inputs of the confidence, kept with each explanation so that evaluation can show them.
     *
     * @param margin       how far the best candidate ranks ahead of the next
     * @param unknownShare share of the question in words the content never uses ("kubernetes")
     * @param offTopic     the question is about a job the content does not cover, or about the
     *                     team's own work ("is our api down"), not the TPM role
     * @param namesTpm     the question names the TPM role: what the content is about
     */
    public record Features(double phrasing, double text, double margin, double unknownShare, boolean offTopic,
                           boolean namesTpm) {

        /** The names, in the order of {@link #vector()} and of the model's weights. */
        public static final java.util.List<String> NAMES =
                java.util.List.of("PHRASING", "TEXT", "MARGIN", "UNKNOWN_WORDS", "OFF_TOPIC", "NAMES_TPM");

        public double[] vector() {
            return new double[] {phrasing, text, margin, unknownShare, offTopic ? 1 : 0, namesTpm ? 1 : 0};
        }
    }
}
