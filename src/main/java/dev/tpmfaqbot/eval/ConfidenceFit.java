package dev.tpmfaqbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.answer.Candidate;
import dev.tpmfaqbot.answer.CandidateFeatures;
import dev.tpmfaqbot.answer.ConfidenceModel;
import dev.tpmfaqbot.answer.Explanation;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.semantic.KeyClassifier;
import dev.tpmfaqbot.semantic.Semantics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fits the confidence model on tuning questions: every candidate of every question answered by
 * matching is one example, right when its key is an expected one. When the content itself holds a
 * tuning question as a training phrasing, the classifier would have seen the answer, so the
 * questions are split into folds and each fold is read by a classifier trained without it.
 */
public final class ConfidenceFit {
    private static final int FOLDS = 5;
    private static final ConfidenceModel.Weights NEUTRAL =
            new ConfidenceModel.Weights(0, new double[CandidateFeatures.NAMES.size()]);

    private ConfidenceFit() {}

    public record Fitted(
            ConfidenceModel.Weights withMeaning,
            ConfidenceModel.Weights wordsOnly,
            int questions,
            int examples) {}

    public static Fitted fit(Content content, Semantics semantics, List<EvalCase> cases) {
        Examples meaning = new Examples();
        List<List<EvalCase>> folds = folds(cases);
        for (List<EvalCase> fold : folds) {
            Set<String> leftOut = new HashSet<>();
            fold.forEach(c -> leftOut.add(c.question()));
            Optional<KeyClassifier> classifier = semantics.classifierWithout(content, leftOut);
            try (Answerer answerer = Answerer.build(content, classifier, NEUTRAL, NEUTRAL)) {
                fold.forEach(
                        c ->
                                meaning.add(
                                        c,
                                        answerer.explain(Question.fromCommandLine(c.question()))));
            }
        }
        Examples words = new Examples();
        try (Answerer answerer = Answerer.build(content, Optional.empty(), NEUTRAL, NEUTRAL)) {
            cases.forEach(
                    c -> words.add(c, answerer.explain(Question.fromCommandLine(c.question()))));
        }
        return new Fitted(meaning.fit(), words.fit(), cases.size(), meaning.features.size());
    }

    /** Writes the weights as the JSON resource {@link ConfidenceModel} reads. */
    public static void write(Fitted fitted, String provenance, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fitted", provenance);
        json.put("withMeaning", fitted.withMeaning().toJson());
        json.put("wordsOnly", fitted.wordsOnly().toJson());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(
                file,
                new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(json)
                        + "\n");
    }

    /** Every FOLDS-th question in a fold: folds of equal size that mix every file and style. */
    private static List<List<EvalCase>> folds(List<EvalCase> cases) {
        List<List<EvalCase>> folds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < cases.size(); i++) {
            folds.get(i % FOLDS).add(cases.get(i));
        }
        return folds;
    }

    private static final class Examples {
        final List<double[]> features = new ArrayList<>();
        final List<Boolean> right = new ArrayList<>();

        void add(EvalCase evalCase, Explanation explanation) {
            for (Candidate candidate : explanation.candidates()) {
                features.add(candidate.features().vector());
                right.add(evalCase.expected().contains(candidate.key()));
            }
        }

        ConfidenceModel.Weights fit() {
            double[] fitted = LogisticFit.fit(features, right);
            double[] weights = new double[fitted.length - 1];
            System.arraycopy(fitted, 1, weights, 0, weights.length);
            return new ConfidenceModel.Weights(fitted[0], weights);
        }
    }
}
