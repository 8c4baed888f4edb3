package dev.tpmfaqbot.eval;

import java.util.List;

/**
 * Fits the confidence model's weights: L2-regularised logistic regression by batch gradient
 * descent. A handful of features and a few hundred questions need nothing more, and no library this
 * project already uses offers it.
 */
public final class LogisticFit {
    private static final double LEARNING_RATE = 1.0;
    private static final int ITERATIONS = 60_000;
    private static final double L2 = 0.001;

    private LogisticFit() {}

    /**
     * @return the bias followed by one weight per feature
     */
    public static double[] fit(List<double[]> features, List<Boolean> right) {
        int n = features.size();
        int width = features.get(0).length + 1;
        double[] weights = new double[width];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[width];
            for (int i = 0; i < n; i++) {
                double error = probability(weights, features.get(i)) - (right.get(i) ? 1 : 0);
                gradient[0] += error;
                for (int f = 1; f < width; f++) {
                    gradient[f] += error * features.get(i)[f - 1];
                }
            }
            for (int f = 0; f < width; f++) {
                double penalty = f == 0 ? 0 : L2 * weights[f];
                weights[f] -= LEARNING_RATE * (gradient[f] / n + penalty);
            }
        }
        return weights;
    }

    static double probability(double[] weights, double[] features) {
        double z = weights[0];
        for (int f = 0; f < features.length; f++) {
            z += weights[f + 1] * features[f];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
