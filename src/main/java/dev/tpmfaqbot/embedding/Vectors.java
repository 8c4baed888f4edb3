package dev.tpmfaqbot.embedding;

/** Small helpers for dense vectors. */
public final class Vectors {
    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The vector scaled to length 1 (in place); a zero vector stays zero. */
    public static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }
}
