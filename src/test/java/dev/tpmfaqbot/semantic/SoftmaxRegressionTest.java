package dev.tpmfaqbot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    /** Three clusters around three directions, one of them with far fewer examples. */
    private static float[][] clusters(int[] labels, Random random) {
        float[][] x = new float[labels.length][8];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i < 5 ? 2 : i % 2;
            for (int d = 0; d < 8; d++) {
                x[i][d] = (float) (random.nextGaussian() * 0.3 + (d == labels[i] ? 2 : 0));
            }
        }
        return x;
    }

    @Test
    void learnsSeparableClassesIncludingASmallOne() {
        int[] labels = new int[205];
        float[][] x = clusters(labels, new Random(7));
        SoftmaxRegression model = SoftmaxRegression.train(x, labels, 3);
        for (int c = 0; c < 3; c++) {
            float[] point = new float[8];
            point[c] = 2;
            float[] p = model.probabilities(point);
            for (int other = 0; other < 3; other++) {
                assertTrue(
                        other == c || p[c] > p[other],
                        "class " + c + ": " + java.util.Arrays.toString(p));
            }
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-5);
        }
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        int[] labels = new int[205];
        float[][] x = clusters(labels, new Random(7));
        float[] probe = {1, 1, 1, 0, 0, 0, 0, 0};
        assertArrayEquals(
                SoftmaxRegression.train(x, labels, 3).probabilities(probe),
                SoftmaxRegression.train(x, labels, 3).probabilities(probe));
    }
}
