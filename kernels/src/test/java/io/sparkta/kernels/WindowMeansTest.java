package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.ma.Sma;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SMA's sums that advance eight windows at a time (vector/WindowMeans): accuracy and agreement. */
class WindowMeansTest {
    private static final Indicator SMA = Indicators.get("sma");

    /**
     * Against the exact means of a long random walk, the stride-8 sums err less than the running sum. Errors are
     * taken relative to the largest mean so far: a sum's rounding error is of the order of the sums it has held,
     * and it stays when the walk falls (this one spans four orders of magnitude).
     */
    @Test
    void closerToTheExactMeansThanTheRunningSum() {
        double[] x = Candles.randomWalk(200_000, 7).close();
        for (int p : new int[] {9, 14, 200}) {
            double[] errors = errors(x, p);
            assertTrue(errors[0] <= errors[1] && errors[0] < 1e-14,
                    "period " + p + ": largest error " + errors[0] + " (running sum " + errors[1] + ")");
        }
    }

    /** The largest errors of the SMA and of the running sum, relative to the largest exact mean so far. */
    static double[] errors(double[] x, int p) {
        double[] params = {p};
        double[] strided = SMA.compute(new double[][] {x}, params, Vectorization.SCALAR)[0];
        double[] running = Sma.RUNNING_SUM.compute(new double[][] {x}, params, Vectorization.SCALAR)[0];
        double stridedError = 0.0, runningError = 0.0, scale = 0.0;
        BigDecimal window = BigDecimal.ZERO;
        BigDecimal divisor = BigDecimal.valueOf(p);
        for (int t = 0; t < x.length; t++) {
            window = window.add(new BigDecimal(x[t]));
            if (t >= p) {
                window = window.subtract(new BigDecimal(x[t - p]));
            }
            if (t >= p - 1) {
                double exact = window.divide(divisor, MathContext.DECIMAL128).doubleValue();
                scale = Math.max(scale, Math.abs(exact));
                stridedError = Math.max(stridedError, Math.abs(strided[t] - exact) / scale);
                runningError = Math.max(runningError, Math.abs(running[t] - exact) / scale);
            }
        }
        return new double[] {stridedError, runningError};
    }

    /**
     * Scalar, SIMD, off-heap and the stream give the same bits, for periods below, at and above the stride, runs
     * shorter than the seed, and series longer than a staged block with NaN runs inside.
     */
    @Test
    void everyPathGivesTheSameBits() {
        Random random = new Random(23);
        for (int p : new int[] {1, 2, 3, 7, 8, 9, 14, 31}) {
            for (int n : new int[] {p, p + 5, p + 8, p + 9, 100, 3000}) {
                double[] x = new double[n];
                double level = 100.0;
                for (int t = 0; t < n; t++) {
                    level += random.nextGaussian();
                    x[t] = level;
                }
                if (n > 50) {
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
