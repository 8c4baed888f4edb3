package dev.tpmfaqbot.semantic;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Keys;
import dev.tpmfaqbot.embedding.SentenceEncoder;
import dev.tpmfaqbot.embedding.VectorCache;
import dev.tpmfaqbot.embedding.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a question to the content's keys by meaning: a softmax classifier over sentence vectors,
 * trained on the content at every load ({@link TrainingExamples}), with a class for questions to
 * decline. Immutable and thread-safe once trained.
 */
public final class KeyClassifier {
    private final SentenceEncoder encoder;
    private final List<String> classes;
    private final SoftmaxRegression model;
    private final Map<String, List<float[]>> examplesByKey;

    private KeyClassifier(
            SentenceEncoder encoder,
            List<String> classes,
            SoftmaxRegression model,
            Map<String, List<float[]>> examplesByKey) {
        this.encoder = encoder;
        this.classes = classes;
        this.model = model;
        this.examplesByKey = examplesByKey;
    }

    /** Trains on the content's examples; vectors come from the cache where it has them. */
    public static KeyClassifier train(Content content, SentenceEncoder encoder, VectorCache cache) {
        return train(
                TrainingExamples.from(content), encoder, cache, new TrainedModels(cache.folder()));
    }

    /**
     * Trains on the content's examples except the given texts (cross-validation for {@code eval
     * --fit}).
     */
    public static KeyClassifier trainWithout(
            Content content,
            java.util.Set<String> leftOut,
            SentenceEncoder encoder,
            VectorCache cache) {
        // not kept on disk: a fold's classifier must not replace the one trained on all the content
        return train(
                TrainingExamples.from(content).without(leftOut),
                encoder,
                cache,
                new TrainedModels(null));
    }

    private static KeyClassifier train(
            TrainingExamples examples,
            SentenceEncoder encoder,
            VectorCache cache,
            TrainedModels saved) {
        List<float[]> vectors = cache.vectors(examples.texts(), encoder);
        String fingerprint = TrainedModels.fingerprint(encoder.modelId(), examples);
        TrainedModels.Saved trained =
                saved.read(fingerprint)
                        .orElseGet(
                                () -> {
                                    TrainedModels.Saved fresh = fit(examples, vectors);
                                    saved.write(fingerprint, fresh);
                                    return fresh;
                                });
        return new KeyClassifier(
                encoder, trained.classes(), trained.model(), byKey(examples, vectors));
    }

    private static TrainedModels.Saved fit(TrainingExamples examples, List<float[]> vectors) {
        List<String> classes = examples.keys().stream().distinct().sorted().toList();
        Map<String, Integer> classIndex = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            classIndex.put(classes.get(c), c);
        }
        int[] labels = examples.keys().stream().mapToInt(classIndex::get).toArray();
        return new TrainedModels.Saved(
                classes,
                SoftmaxRegression.train(vectors.toArray(float[][]::new), labels, classes.size()));
    }

    private static Map<String, List<float[]>> byKey(
            TrainingExamples examples, List<float[]> vectors) {
        Map<String, List<float[]>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            byKey.computeIfAbsent(examples.keys().get(i), k -> new ArrayList<>())
                    .add(vectors.get(i));
        }
        return byKey;
    }

    /** What the model makes of a (cleaned, spelling-corrected) question. */
    public SemanticView read(String question) {
        float[] vector = encoder.embed(question);
        float[] probabilities = model.probabilities(vector);
        Map<String, Double> byKey = new LinkedHashMap<>();
        double none = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).equals(Keys.NONE)) {
                none = probabilities[c];
            } else {
                byKey.put(classes.get(c), (double) probabilities[c]);
            }
        }
        return new SemanticView(byKey, none, nearest(vector));
    }

    /**
     * For each key, the cosine similarity of the question to the key's closest training example.
     */
    private Map<String, Double> nearest(float[] question) {
        Map<String, Double> nearest = new HashMap<>();
        examplesByKey.forEach(
                (key, examples) -> {
                    if (!key.equals(Keys.NONE)) {
                        double best = 0;
                        for (float[] example : examples) {
                            best = Math.max(best, Vectors.dot(question, example));
                        }
                        nearest.put(key, best);
                    }
                });
        return nearest;
    }
}
