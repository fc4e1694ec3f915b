package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.ma.Sma;
import io.sparkta.kernels.memory.DoubleMemory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SMA's block-anchored sums that advance eight windows at a time (vector/WindowMeans): accuracy, agreement. */
class WindowMeansTest {
    private static final Indicator SMA = Indicators.get("sma");

    /**
     * Against the exact means of a long random walk, the block-anchored sums err by a few tens of units in the last
     * place of each mean at most, closer than the running sum, whose errors, kept from the walk's highs (it spans four orders
     * of magnitude), grow relative to the means at its lows (6.5e-13 at period 9 here, 1e-9 over a million
     * points).
     */
    @Test
    void withinAFewUlpsOfTheExactMeansWhereTheRunningSumDrifts() {
        double[] x = Candles.randomWalk(200_000, 7).close();
        for (int p : new int[] {9, 14, 200}) {
            double[] errors = errors(x, p);
            assertTrue(errors[0] < 1e-13 && errors[0] < errors[1],
                    "period " + p + ": largest relative error " + errors[0] + " (running sum " + errors[1] + ")");
        }
    }

    /** The largest errors of the SMA and of the running sum, relative to each exact mean. */
    static double[] errors(double[] x, int p) {
        double[] params = {p};
        double[] anchored = SMA.compute(new double[][] {x}, params, Vectorization.SCALAR)[0];
        double[] running = Sma.RUNNING_SUM.compute(new double[][] {x}, params, Vectorization.SCALAR)[0];
        double anchoredError = 0.0, runningError = 0.0;
        BigDecimal window = BigDecimal.ZERO;
        BigDecimal divisor = BigDecimal.valueOf(p);
        for (int t = 0; t < x.length; t++) {
            window = window.add(new BigDecimal(x[t]));
            if (t >= p) {
                window = window.subtract(new BigDecimal(x[t - p]));
            }
            if (t >= p - 1) {
                double exact = window.divide(divisor, MathContext.DECIMAL128).doubleValue();
                anchoredError = Math.max(anchoredError, Math.abs(anchored[t] - exact) / Math.abs(exact));
                runningError = Math.max(runningError, Math.abs(running[t] - exact) / Math.abs(exact));
            }
        }
        return new double[] {anchoredError, runningError};
    }

    /**
     * Scalar, SIMD, off-heap (in and out, and off-heap values into an array as the SQL functions read them) and
     * the stream give the same bits, for periods below, at and above the stride, runs shorter than the seed, and
     * series of several blocks between fresh sums, with NaN runs inside.
     */
    @Test
    void everyPathGivesTheSameBits() {
        Random random = new Random(23);
        for (int p : new int[] {1, 2, 3, 7, 8, 9, 14, 31, 64, 65, 100}) {
            for (int n : new int[] {p, p + 5, p + 8, p + 9, 100, 3000, 9000}) {
                double[] x = new double[n];
                double level = 100.0;
                for (int t = 0; t < n; t++) {
                    level += random.nextGaussian();
                    x[t] = level;
                }
                if (n > 50 && n < 5000) { // the longest series stays free of NaN: one run of several blocks
                    x[n / 3] = Double.NaN;
                    Arrays.fill(x, n / 2, n / 2 + 3, Double.NaN);
                    x[n - 4] = Double.NaN;
                }
                double[] params = {p};
                double[] expected = streamed(x, params);
                String where = "period " + p + ", " + n + " values";
                for (Vectorization k : TestVectorizations.all()) {
                    assertArrayEquals(expected, SMA.compute(new double[][] {x}, params, k)[0], where + ", " + k);
                    ByteBuffer[] out = OffHeap.allocate(1, n);
                    SMA.computeInto(OffHeap.of(new double[][] {x}), n, params, k, out);
                    assertArrayEquals(expected, OffHeap.read(out[0], 0, n), where + ", off-heap " + k);
                    double[] intoArray = new double[n + 3];
                    SMA.computeInto(new DoubleMemory[] {DoubleMemory.of(OffHeap.of(new double[][] {x})[0], 0, 0, n)},
                            n, params, k, new DoubleMemory[] {DoubleMemory.of(intoArray, 3, 0, n)});
                    assertArrayEquals(expected, Arrays.copyOfRange(intoArray, 3, n + 3),
                            where + ", off-heap into an array " + k);
                }
            }
        }
    }

    private static double[] streamed(double[] x, double[] params) {
        IndicatorStream.OfSeries stream = (IndicatorStream.OfSeries) SMA.stream(params);
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            out[t] = stream.update(x[t]);
        }
        return out;
    }
}
