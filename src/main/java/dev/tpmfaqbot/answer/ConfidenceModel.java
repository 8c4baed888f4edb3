package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.search.KeyMatch;

/**
 * Turns match features into a calibrated confidence: a logistic model whose output is the
 * probability that the best key is right. Its weights were fitted on {@code eval/questions.jsonl}
 * with {@code eval --fit} (see the README, "How answers are chosen"); {@code eval} reports how well
 * calibrated it is.
 */
public final class ConfidenceModel {
    // Ranking: how candidates for one question are ordered.
    private static final double RANK_PHRASING = 0.5;
    private static final double RANK_SIGNATURE = 0.35;
    private static final double RANK_TEXT = 0.15;

    // Calibration: a logistic model over the best candidate, fitted on eval/questions.jsonl.
    private static final double BIAS = -4.35;
    private static final double PHRASING = 3.92;
    private static final double SIGNATURE = 3.34;
    private static final double TEXT = 1.86;
    private static final double MARGIN = 2.08;
    private static final double UNKNOWN_WORDS = -1.78;
    private static final double OFF_TOPIC = -4.44;

    double rank(KeyMatch match) {
        return RANK_PHRASING * match.phrasingSimilarity() + RANK_SIGNATURE * match.signatureCoverage()
                + RANK_TEXT * match.textCoverage();
    }

    double confidence(Features features) {
        double z = BIAS + PHRASING * features.phrasing() + SIGNATURE * features.signature()
                + TEXT * features.text() + MARGIN * features.margin() + UNKNOWN_WORDS * features.unknownShare()
                + (features.offTopic() ? OFF_TOPIC : 0);
        return 1 / (1 + Math.exp(-z));
    }

    Features features(KeyMatch best, KeyMatch runnerUp, boolean offTopic, double unknownShare) {
        double margin = runnerUp == null ? rank(best) : rank(best) - rank(runnerUp);
        return new Features(best.phrasingSimilarity(), best.signatureCoverage(), best.textCoverage(), margin,
                unknownShare, offTopic);
    }

    /**
     * The inputs of the confidence, kept with each explanation so that evaluation can show them.
     *
     * @param margin       how far the best candidate ranks ahead of the next
     * @param unknownShare share of the question in words the content never uses ("kubernetes")
     * @param offTopic     the question is about a job the content does not cover, or about the
     *                     team's own work ("is our api down"), not the TPM role
     */
    public record Features(double phrasing, double signature, double text, double margin, double unknownShare,
                           boolean offTopic) {

        /** The names, in the order of {@link #vector()} and of the model's weights. */
        public static final java.util.List<String> NAMES =
                java.util.List.of("PHRASING", "SIGNATURE", "TEXT", "MARGIN", "UNKNOWN_WORDS", "OFF_TOPIC");

        public double[] vector() {
            return new double[] {phrasing, signature, text, margin, unknownShare, offTopic ? 1 : 0};
        }
    }
}
