package io.sparkta.kernels.ma;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.LinearScan;

/**
 * Wilder's smoothing seeded with the mean of the first period values (smma, wilders: the same average):
 * {@code S = S' (p - 1) / p + x / p}, computed after the seed as a {@link LinearScan} (blocks of outputs from the
 * block's carry, the same in every API and kernel); a sweep runs that scan row by row.
 */
abstract class MeanSeededSmoothing extends Indicator {
    private final ParamSpec.Int period;

    MeanSeededSmoothing(IndicatorSpec spec, ParamSpec.Int period) {
        super(spec);
        this.period = period;
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        smooth(in[0], n, first, period.of(p), vectorization, out[0]);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        return stream(period.of(p));
    }

    /** The recursion's coefficients: {@code a = (p - 1) / p}, {@code b = 1 / p}. */
    private static LinearScan.Coefficients coefficients(int period) {
        return new LinearScan.Coefficients((period - 1.0) / period, 1.0 / period);
    }

    /** The mean of x at [first, first + p) at index first + p - 1, then the smoothing to n. */
    private static void smooth(DoubleMemory x, int n, int first, int p, Vectorization vectorization, DoubleMemory out) {
        double seed = seed(x, first, p);
        out.put(first + p - 1, seed);
        LinearScan.scan(vectorization, coefficients(p), seed, x, first + p, n, out);
    }

    private static double seed(DoubleMemory x, int first, int p) {
        double sum = 0.0;
        for (int i = first; i < first + p; i++) {
            sum += x.get(i);
        }
        return sum / p;
    }

    /** {@link #smooth} one value at a time. */
    private static IndicatorStream stream(int period) {
        LinearScan.Coefficients k = coefficients(period);
        return new IndicatorStream.OfSeries() {
            private double sum;
            private int seen;
            private LinearScan.Step scan;

            @Override
            protected double next(double value) {
                if (scan != null) {
                    return scan.next(value);
                }
                sum += value;
                if (++seen < period) {
                    return Double.NaN;
                }
                double seed = sum / period;
                scan = new LinearScan.Step(k, seed);
                return seed;
            }
        };
    }
}
