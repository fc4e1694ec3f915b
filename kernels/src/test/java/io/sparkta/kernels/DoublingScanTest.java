package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.vector.DoublingScan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DoublingScan}: the written-out block and the one-at-a-time step give the same bits, and the scan stays
 * within 1e-13 relative of the plain sequential recursion {@code y = fma(a, y, v)} on the absolute changes of a
 * 1,000,000-point random walk (RSI's and ATR's inputs are such non-negative values).
 */
class DoublingScanTest {
    private static final double TOLERANCE = 1e-13;
    /** Wilder's 2, 7, 14 and 100 (a = 1 - 1 / p). */
    private static final double[] RATES = {1.0 / 2, 6.0 / 7, 13.0 / 14, 99.0 / 100};

    @Test
    void blockAndStepGiveTheSameBits() {
        SplittableRandom rnd = new SplittableRandom(29);
        for (double a : RATES) {
            DoublingScan scan = new DoublingScan(a);
            double seed = rnd.nextDouble(0, 100);
            DoublingScan.Step step = scan.step(seed);
            double carry = seed;
            double[] v = new double[DoublingScan.BLOCK], blocked = new double[DoublingScan.BLOCK];
            double[] stepped = new double[DoublingScan.BLOCK];
            for (int block = 0; block < 50; block++) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = rnd.nextInt(5) == 0 ? 0.0 : rnd.nextDouble(0, 1e3);
                    stepped[i] = step.next(v[i]);
                }
                carry = scan.block(carry, v, blocked, 0);
                assertArrayEquals(stepped, blocked, "a=" + a + " block " + block);
            }
        }
    }

    @Test
    void scanIsWithin1e13OfTheSequentialRecursion() {
        double[] x = Candles.randomWalk(1_000_000, 7).close();
        double worst = 0.0;
        for (double a : RATES) {
            DoublingScan.Step step = new DoublingScan(a).step(0.0);
            double y = 0.0;
            for (int t = 1; t < x.length; t++) {
                double v = Math.abs(x[t] - x[t - 1]);
                y = Math.fma(a, y, v);
                double scanned = step.next(v);
                worst = Math.max(worst, Math.abs(scanned - y) / Math.max(Math.abs(y), Double.MIN_NORMAL));
            }
        }
        System.out.printf("DoublingScan vs sequential recursion, max relative difference on 1M random walk: %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "1M random walk: " + worst);
    }
}
