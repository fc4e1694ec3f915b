package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.vector.LinearScan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LinearScan}: every kernel and the one-at-a-time step give the same bits, gaps and infinities
 * included, and the blocked scan stays within 1e-13 relative of the plain sequential recursion
 * {@code y = fma(a, y, b x)} on the 4h BTC closes and a 1,000,000-point random walk.
 */
class LinearScanTest {
    private static final double TOLERANCE = 1e-13;
    /** EMA 9, 14 and 200 (alpha = 2 / (p + 1)) and Wilder's 7 and 14 (alpha = 1 / p), as (a, b). */
    private static final double[][] RECURSIONS = {recursion(2.0 / 10), recursion(2.0 / 15), recursion(2.0 / 201),
        recursion(1.0 / 7), recursion(1.0 / 14)};

    private static double[] recursion(double alpha) {
        return new double[] {1.0 - alpha, alpha};
    }

    @Test
    void kernelsAndStepGiveTheSameBits() {
        SplittableRandom rnd = new SplittableRandom(23);
        for (int n : new int[] {1, 7, 8, 9, 63, 64, 65, 511, 512, 513, 2000, 5003}) {
            double[] x = new double[n + 3];
            for (int t = 0; t < x.length; t++) {
                x[t] = rnd.nextDouble(-50, 150) * (rnd.nextInt(10) == 0 ? 1e-300 : 1.0);
            }
            if (n > 600) { // a NaN and an infinity in different chunks, so that finite chunks stay on the kernel
                x[3 + 100] = Double.NaN;
                x[3 + 590] = Double.POSITIVE_INFINITY;
            }
            for (double[] ab : RECURSIONS) {
                LinearScan.Coefficients k = new LinearScan.Coefficients(ab[0], ab[1]);
                double seed = rnd.nextDouble(0, 100);
                double[] stepped = new double[n];
                LinearScan.Step step = new LinearScan.Step(k, seed);
                for (int t = 0; t < n; t++) {
                    stepped[t] = step.next(x[3 + t]);
                }
                for (Vectorization v : TestVectorizations.all()) {
                    double[] scanned = new double[n + 5];
                    LinearScan.scan(v, k, seed, x, 3, scanned, 5, n);
                    double[] from5 = java.util.Arrays.copyOfRange(scanned, 5, n + 5);
                    assertArrayEquals(stepped, from5, v + " n=" + n + " a=" + ab[0]);
                }
            }
        }
    }

    @Test
    void blockedScanIsWithin1e13OfTheSequentialRecursion() {
        SharedData.assumePresent();
        double btc = worstRelativeDifference(SharedData.btc4h().close());
        double walk = worstRelativeDifference(Candles.randomWalk(1_000_000, 7).close());
        System.out.printf("LinearScan vs sequential recursion, max relative difference: 4h BTC %.3g, "
                + "1M random walk %.3g%n", btc, walk);
        assertTrue(btc <= TOLERANCE, "4h BTC closes: " + btc);
        assertTrue(walk <= TOLERANCE, "1M random walk: " + walk);
    }

    private static double worstRelativeDifference(double[] x) {
        double worst = 0.0;
        for (double[] ab : RECURSIONS) {
            LinearScan.Coefficients k = new LinearScan.Coefficients(ab[0], ab[1]);
            int n = x.length - 1;
            for (Vectorization v : TestVectorizations.all()) {
                double[] blocked = new double[n];
                LinearScan.scan(v, k, x[0], x, 1, blocked, 0, n);
                double y = x[0];
                for (int t = 0; t < n; t++) {
                    y = Math.fma(ab[0], y, ab[1] * x[t + 1]);
                    worst = Math.max(worst, Math.abs(blocked[t] - y) / Math.abs(y));
                }
            }
        }
        return worst;
    }
}
