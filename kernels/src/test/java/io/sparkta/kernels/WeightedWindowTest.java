package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.sparkta.kernels.vector.WeightedWindow;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The weighted window's kernels (vector/WeightedWindow) against its one-window definition, {@code dot}, bit for
 * bit: periods below, at and between multiples of the group of four, ranges short enough for the scalar kernel's
 * eight-at-a-time loop and series that end inside, at and past its blocks of passes, a range that starts late and
 * an output offset, NaN and signed zeros inside.
 */
class WeightedWindowTest {
    @Test
    void everyKernelGivesTheDefinitionsBits() {
        Random random = new Random(31);
        for (int p : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 30, 64}) {
            double[] w = new double[p];
            for (int i = 0; i < p; i++) {
                w[i] = random.nextDouble() - 0.25; // some negative weights: products of zeros of both signs
            }
            for (int n : new int[] {p, p + 6, p + 40, 511 + p, 512 + p, 513 + p, 1500}) {
                double[] x = series(random, n);
                for (int from : new int[] {p - 1, Math.min(n, p + 20)}) {
                    int outOffset = 5;
                    double[] expected = new double[n + outOffset];
                    for (int t = from; t < n; t++) {
                        expected[outOffset + t] = WeightedWindow.dot(x, t - p + 1, w) * 0.75;
                    }
                    for (Vectorization k : TestVectorizations.all()) {
                        double[] out = new double[n + outOffset];
                        WeightedWindow.of(k).apply(x, w, 0.75, from, n, out, outOffset);
                        assertArrayEquals(expected, out, "period " + p + ", " + n + " values from " + from + ", " + k);
                    }
                }
            }
        }
    }

    private static double[] series(Random random, int n) {
        double[] x = new double[n];
        double level = 100.0;
        for (int t = 0; t < n; t++) {
            level += random.nextGaussian();
            x[t] = level;
        }
        if (n > 40) {
            x[n / 3] = Double.NaN;
            Arrays.fill(x, n / 2, n / 2 + n / 8, 0.0);
            Arrays.fill(x, n / 2 + n / 8, n / 2 + n / 4, -0.0);
        }
        return x;
    }
}
