package dev.tpmfaqbot.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns text into a unit-length sentence vector with the e5-small-v2 model in ONNX Runtime, in
 * process and on the CPU. Thread-safe. The cost of a text is bounded: at most {@link #MAX_TOKENS}
 * word pieces are read (see {@link TokenBudget}).
 */
public final class SentenceEncoder implements AutoCloseable {
    /** Word pieces read per text: a chat question fits; a long one is cut to its asking sentences. */
    public static final int MAX_TOKENS = 96;
    private static final int BATCH = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final long cls;
    private final long sep;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.cls = tokenizer.id(WordPieceTokenizer.CLS);
        this.sep = tokenizer.id(WordPieceTokenizer.SEP);
    }

    /** Loads the model (about a second); throws with the reason when it cannot. */
    public static SentenceEncoder load() throws EncoderUnavailableException {
        try {
            WordPieceTokenizer tokenizer = E5Model.tokenizer();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                // One thread per call: questions are answered on several threads at once, and
                // a short text gains nothing from splitting its matrix products.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                return new SentenceEncoder(environment, environment.createSession(E5Model.weights(), options), tokenizer);
            }
        } catch (IOException | OrtException | UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new EncoderUnavailableException("the sentence model could not be loaded: " + e, e);
        }
    }

    /** Names the model, so that vectors cached on disk are never mixed between models. */
    public String modelId() {
        return E5Model.ID + "/" + MAX_TOKENS;
    }

    public int dimensions() {
        return E5Model.DIMENSIONS;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** Vectors in the order of the texts; similar lengths are batched together to waste no padding. */
    public List<float[]> embedAll(List<String> texts) {
        List<long[]> tokens = texts.stream().map(this::tokens).toList();
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> tokens.get(i).length));
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            List<long[]> batch = new ArrayList<>();
            for (int i = from; i < to; i++) {
                batch.add(tokens.get(order[i]));
            }
            float[][] out = run(batch);
            for (int i = from; i < to; i++) {
                vectors[order[i]] = out[i - from];
            }
        }
        return List.of(vectors);
    }

    private long[] tokens(String text) {
        List<Integer> pieces = TokenBudget.fit(tokenizer, E5Model.PREFIX, text, MAX_TOKENS - 2);
        long[] ids = new long[pieces.size() + 2];
        ids[0] = cls;
        for (int i = 0; i < pieces.size(); i++) {
            ids[i + 1] = pieces.get(i);
        }
        ids[ids.length - 1] = sep;
        return ids;
    }

    private float[][] run(List<long[]> batch) {
        int length = batch.get(batch.size() - 1).length; // sorted by length: the last is the longest
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            System.arraycopy(batch.get(b), 0, ids[b], 0, batch.get(b).length);
            java.util.Arrays.fill(mask[b], 0, batch.get(b).length, 1L);
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] vectors = new float[batch.size()][];
            for (int b = 0; b < batch.size(); b++) {
                vectors[b] = meanOfUnmasked(hidden[b], batch.get(b).length);
            }
            return vectors;
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed on a batch: " + e.getMessage(), e);
        }
    }

    /** e5's sentence vector: the mean of the token vectors, scaled to unit length. */
    private static float[] meanOfUnmasked(float[][] tokenVectors, int length) {
        float[] mean = new float[tokenVectors[0].length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += tokenVectors[t][d];
            }
        }
        return Vectors.unit(mean);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
