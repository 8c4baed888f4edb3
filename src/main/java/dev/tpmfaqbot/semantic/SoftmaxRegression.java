package dev.tpmfaqbot.semantic;

import java.util.Random;

/**
 * Multinomial logistic regression on standardized dense vectors, trained with mini-batch Adam and
 * L2 regularisation from a fixed seed: the same examples always give the same model.
 */
final class SoftmaxRegression {
    private static final int EPOCHS = 40;
    private static final int BATCH = 64;
    private static final float LEARNING_RATE = 0.003f;
    private static final float L2 = 1e-3f;
    private static final long SEED = 20261202L;

    private final float[] mean;
    private final float[] scale;
    private final float[][] weights;
    private final float[] bias;

    private SoftmaxRegression(float[] mean, float[] scale, float[][] weights, float[] bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param labels the class of each example, from 0 to {@code classes - 1}
     */
    static SoftmaxRegression train(float[][] examples, int[] labels, int classes) {
        int dims = examples[0].length;
        float[] mean = new float[dims];
        float[] scale = new float[dims];
        standardisation(examples, mean, scale);
        float[][] x = new float[examples.length][];
        for (int i = 0; i < examples.length; i++) {
            x[i] = standardise(examples[i], mean, scale);
        }
        float[][] w = new float[classes][dims];
        float[] b = new float[classes];
        new Adam(w, b, classWeights(labels, classes)).fit(x, labels);
        return new SoftmaxRegression(mean, scale, w, b);
    }

    /**
     * A class with few examples (a new entry) weighs more per example, so that it is not drowned by
     * classes with many; the square root keeps the weighting mild.
     */
    private static float[] classWeights(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        float[] weights = new float[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] =
                    counts[c] == 0
                            ? 0
                            : (float) Math.sqrt((double) labels.length / (classes * counts[c]));
        }
        return weights;
    }

    /** Identifies the training method, so that a model saved by another version is not reused. */
    static String method() {
        return "softmax/adam/"
                + EPOCHS
                + "/"
                + BATCH
                + "/"
                + LEARNING_RATE
                + "/"
                + L2
                + "/"
                + SEED
                + "/balanced";
    }

    void write(java.io.DataOutputStream out) throws java.io.IOException {
        writeFloats(out, mean);
        writeFloats(out, scale);
        writeFloats(out, bias);
        out.writeInt(weights.length);
        for (float[] row : weights) {
            writeFloats(out, row);
        }
    }

    static SoftmaxRegression read(java.io.DataInputStream in) throws java.io.IOException {
        float[] mean = readFloats(in);
        float[] scale = readFloats(in);
        float[] bias = readFloats(in);
        float[][] weights = new float[in.readInt()][];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = readFloats(in);
        }
        return new SoftmaxRegression(mean, scale, weights, bias);
    }

    private static void writeFloats(java.io.DataOutputStream out, float[] values)
            throws java.io.IOException {
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static float[] readFloats(java.io.DataInputStream in) throws java.io.IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    /** The probability of each class. */
    float[] probabilities(float[] vector) {
        return softmax(scores(standardise(vector, mean, scale), weights, bias));
    }

    private static float[] scores(float[] x, float[][] w, float[] b) {
        float[] z = new float[b.length];
        for (int c = 0; c < b.length; c++) {
            float sum = b[c];
            float[] row = w[c];
            for (int d = 0; d < x.length; d++) {
                sum += row[d] * x[d];
            }
            z[c] = sum;
        }
        return z;
    }

    private static float[] softmax(float[] z) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = (float) Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= (float) total;
        }
        return z;
    }

    private static void standardisation(float[][] examples, float[] mean, float[] scale) {
        int dims = mean.length;
        for (float[] e : examples) {
            for (int d = 0; d < dims; d++) {
                mean[d] += e[d] / examples.length;
            }
        }
        for (float[] e : examples) {
            for (int d = 0; d < dims; d++) {
                float diff = e[d] - mean[d];
                scale[d] += diff * diff / examples.length;
            }
        }
        for (int d = 0; d < dims; d++) {
            scale[d] = scale[d] > 0 ? (float) (1 / Math.sqrt(scale[d])) : 1;
        }
    }

    private static float[] standardise(float[] vector, float[] mean, float[] scale) {
        float[] x = new float[vector.length];
        for (int d = 0; d < x.length; d++) {
            x[d] = (vector[d] - mean[d]) * scale[d];
        }
        return x;
    }

    /** Adam over mini-batches of the cross-entropy loss plus L2 on the weights. */
    private static final class Adam {
        private static final float BETA1 = 0.9f;
        private static final float BETA2 = 0.999f;
        private static final float EPSILON = 1e-8f;
        private final float[][] w;
        private final float[] b;
        private final float[][] mw;
        private final float[][] vw;
        private final float[] mb;
        private final float[] vb;
        private final float[] classWeights;
        private int step;

        Adam(float[][] w, float[] b, float[] classWeights) {
            this.w = w;
            this.b = b;
            this.classWeights = classWeights;
            this.mw = new float[w.length][w[0].length];
            this.vw = new float[w.length][w[0].length];
            this.mb = new float[b.length];
            this.vb = new float[b.length];
        }

        void fit(float[][] x, int[] labels) {
            Random random = new Random(SEED);
            int[] order = new int[x.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            float[][] gw = new float[w.length][w[0].length];
            float[] gb = new float[b.length];
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                shuffle(order, random);
                for (int from = 0; from < order.length; from += BATCH) {
                    int to = Math.min(order.length, from + BATCH);
                    gradient(x, labels, order, from, to, gw, gb);
                    update(gw, gb);
                }
            }
        }

        private void gradient(
                float[][] x,
                int[] labels,
                int[] order,
                int from,
                int to,
                float[][] gw,
                float[] gb) {
            for (int c = 0; c < w.length; c++) {
                java.util.Arrays.fill(gw[c], 0);
                for (int d = 0; d < w[c].length; d++) {
                    gw[c][d] = L2 * w[c][d];
                }
            }
            java.util.Arrays.fill(gb, 0);
            float share = 1f / (to - from);
            for (int k = from; k < to; k++) {
                float[] xi = x[order[k]];
                float[] p = softmax(scores(xi, w, b));
                int label = labels[order[k]];
                p[label] -= 1;
                for (int c = 0; c < w.length; c++) {
                    float error = p[c] * share * classWeights[label];
                    if (error == 0) {
                        continue;
                    }
                    float[] g = gw[c];
                    for (int d = 0; d < xi.length; d++) {
                        g[d] += error * xi[d];
                    }
                    gb[c] += error;
                }
            }
        }

        private void update(float[][] gw, float[] gb) {
            step++;
            float correction1 = (float) (1 - Math.pow(BETA1, step));
            float correction2 = (float) (1 - Math.pow(BETA2, step));
            for (int c = 0; c < w.length; c++) {
                for (int d = 0; d < w[c].length; d++) {
                    float g = gw[c][d];
                    mw[c][d] = BETA1 * mw[c][d] + (1 - BETA1) * g;
                    vw[c][d] = BETA2 * vw[c][d] + (1 - BETA2) * g * g;
                    w[c][d] -=
                            LEARNING_RATE
                                    * (mw[c][d] / correction1)
                                    / ((float) Math.sqrt(vw[c][d] / correction2) + EPSILON);
                }
                mb[c] = BETA1 * mb[c] + (1 - BETA1) * gb[c];
                vb[c] = BETA2 * vb[c] + (1 - BETA2) * gb[c] * gb[c];
                b[c] -=
                        LEARNING_RATE
                                * (mb[c] / correction1)
                                / ((float) Math.sqrt(vb[c] / correction2) + EPSILON);
            }
        }

        private static void shuffle(int[] order, Random random) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }
}
