package dev.tpmfaqbot.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns text into a unit-length sentence vector with the e5-small-v2 model in ONNX Runtime, in
 * process and on the CPU. Thread-safe. The cost of a text is bounded: at most {@link #MAX_TOKENS}
 * word pieces are read (see {@link TokenBudget}).
 */
public final class SentenceEncoder implements AutoCloseable {
    /**
     * Word pieces read per text: a chat question fits; a long one is cut to its asking sentences.
     */
    public static final int MAX_TOKENS = 96;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final long cls;
    private final long sep;

    private SentenceEncoder(
            OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
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
                // No arena: it keeps the largest activations ever seen (a 96-piece text) for good.
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                return new SentenceEncoder(
                        environment,
                        environment.createSession(E5Model.weights(), options),
                        tokenizer);
            }
        } catch (IOException
                | OrtException
                | UnsatisfiedLinkError
                | ExceptionInInitializerError
                | NoClassDefFoundError e) {
            throw new EncoderUnavailableException(
                    "the sentence model could not be loaded: " + e, e);
        }
    }

    /** Names the model, so that vectors cached on disk are never mixed between models. */
    public String modelId() {
        return E5Model.ID + "/" + MAX_TOKENS + "/unbatched";
    }

    public int dimensions() {
        return E5Model.DIMENSIONS;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /**
     * Vectors in the order of the texts, each text run alone, on every core. Not batched: the
     * quantized model scales its activations over the whole batch, so a text's vector would depend
     * on its batch-mates and differ slightly from the same text asked as a question.
     */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.size() <= 1) {
            return texts.stream().map(t -> run(tokens(t))).toList();
        }
        java.util.concurrent.ForkJoinPool pool =
                new java.util.concurrent.ForkJoinPool(
                        Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return pool.submit(() -> texts.parallelStream().map(t -> run(tokens(t))).toList())
                    .join();
        } finally {
            pool.shutdown();
        }
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

    private float[] run(long[] ids) {
        long[][] mask = new long[1][ids.length];
        java.util.Arrays.fill(mask[0], 1L);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typeTensor =
                        OnnxTensor.createTensor(environment, new long[1][ids.length]);
                OrtSession.Result result =
                        session.run(
                                Map.of(
                                        "input_ids",
                                        idTensor,
                                        "attention_mask",
                                        maskTensor,
                                        "token_type_ids",
                                        typeTensor))) {
            return meanOfUnmasked(((float[][][]) result.get(0).getValue())[0], ids.length);
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "the sentence model failed on a text: " + e.getMessage(), e);
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
