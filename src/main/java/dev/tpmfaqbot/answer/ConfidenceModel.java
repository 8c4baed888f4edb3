package dev.tpmfaqbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tpmfaqbot.search.KeyMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns a candidate's features into the probability that it is the right answer: a logistic model
 * whose weights are data, fitted by {@code eval --fit} on the tuning sets and read from {@code
 * confidence-model.json} beside this class. There are two sets of weights: one for when the
 * sentence model runs, and one for words alone (the model could not load).
 */
public final class ConfidenceModel {
    static final String RESOURCE = "confidence-model.json";
    // How the index orders its own candidates before they are scored (not fitted: a fixed blend).
    private static final double RANK_PHRASING = 0.5;
    private static final double RANK_SIGNATURE = 0.35;
    private static final double RANK_TEXT = 0.15;

    private final Weights withMeaning;
    private final Weights wordsOnly;

    ConfidenceModel(Weights withMeaning, Weights wordsOnly) {
        this.withMeaning = withMeaning;
        this.wordsOnly = wordsOnly;
    }

    /** The weights shipped with the bot. */
    static ConfidenceModel shipped() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            JsonNode json = new ObjectMapper().readTree(in);
            return new ConfidenceModel(
                    Weights.from(json.path("withMeaning")), Weights.from(json.path("wordsOnly")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confidence model's weights", e);
        }
    }

    static double rank(KeyMatch match) {
        return RANK_PHRASING * match.phrasingSimilarity()
                + RANK_SIGNATURE * match.signatureCoverage()
                + RANK_TEXT * match.textCoverage();
    }

    double confidence(CandidateFeatures features, boolean meaningKnown) {
        return (meaningKnown ? withMeaning : wordsOnly).probability(features.vector());
    }

    /**
     * A logistic model: the bias, then one weight per feature of {@link CandidateFeatures#NAMES}.
     */
    public record Weights(double bias, double[] weights) {

        static Weights from(JsonNode json) throws IOException {
            JsonNode byName = json.path("weights");
            double[] weights = new double[CandidateFeatures.NAMES.size()];
            for (int f = 0; f < weights.length; f++) {
                JsonNode weight = byName.get(CandidateFeatures.NAMES.get(f));
                if (weight == null || !weight.isNumber()) {
                    throw new IOException(
                            RESOURCE + " has no weight for " + CandidateFeatures.NAMES.get(f));
                }
                weights[f] = weight.asDouble();
            }
            return new Weights(json.path("bias").asDouble(), weights);
        }

        public double probability(double[] features) {
            double z = bias;
            for (int f = 0; f < features.length; f++) {
                z += weights[f] * features[f];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** As JSON, with the feature names, for the resource file. */
        public java.util.Map<String, Object> toJson() {
            java.util.Map<String, Double> named = new java.util.LinkedHashMap<>();
            List<String> names = CandidateFeatures.NAMES;
            for (int f = 0; f < names.size(); f++) {
                named.put(names.get(f), Math.round(weights[f] * 1000) / 1000.0);
            }
            return java.util.Map.of("bias", Math.round(bias * 1000) / 1000.0, "weights", named);
        }
    }
}
