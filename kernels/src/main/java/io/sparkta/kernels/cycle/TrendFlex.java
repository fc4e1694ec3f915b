package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.PeriodSweepRows;
import io.sparkta.kernels.vector.RootRatios;
import io.sparkta.kernels.vector.ScalarOrSimd;

/**
 * Ehlers' TrendFlex: a two-pole super smoother of length round(period / 2), its distance from its own
 * mean over the previous {@code period} values, normalised by an exponentially weighted RMS.
 *
 * <p>Each step, in this order (shared by the scalar row, the SIMD lanes and the stream):
 * {@code s = fma(b, s[k-1], fma(-a^2, s[k-2], c * (y + y'))); D = fma(sum, -1/p, s);
 * M = fma(0.96, M, 0.04 * (D * D)); out = M == 0 ? 0 : D / sqrt(M); sum = sum + (s - s[k-p])}.
 * Each of the three recursions carries one operation from step to step (the previous smoother value enters
 * the outer multiply-add only): VectorTA's order carries two (two multiply-adds, a multiply and an add, two
 * adds), and a step cannot start before the previous one's chain ends.
 */
@AutoService(Indicator.class)
public final class TrendFlex extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 2,
            "trend window; the smoother uses period / 2").sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("trendflex", "Ehlers TrendFlex", Category.CYCLE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("period must be below the data length (VectorTA rejects period >= len). Unlike VectorTA, period 1 "
                    + "is rejected: VectorTA's kernel leaves one output unwritten for it. A NaN after the first "
                    + "valid value makes every later output NaN (recursive smoother). The distance from the mean is "
                    + "fma(sum, -1/p, s) rather than VectorTA's (p s - sum) / p, one division less per step, and the "
                    + "smoother, mean square and window sum take their previous values in one operation each "
                    + "rather than two (a shorter dependency chain per step): on VectorTA's 4h data the outputs "
                    + "(of order 1) stay within 3e-14 of its formula's.")
            .build();

    /** Steps whose ratios are taken together: the block's arrays stay in L1. */
    private static final int BLOCK = 256;
    private static final ScalarOrSimd<PeriodSweepRows> ROWS = new ScalarOrSimd<>(PeriodSweepRows.class,
            (x, first, periods, from,
            to, out, offset, stride) -> {
        for (int r = from; r < to; r++) {
            row(x, first, periods[r], out, offset + r * stride);
        }
    }, "TrendFlexRows");

    public TrendFlex() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /** VectorTA's checks: period below the data length, and period valid values (one fewer than the output needs). */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod(PERIOD.name(), PERIOD.of(p), n - 1, n);
        requireValid(PERIOD.of(p), n, first);
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    /** Off-heap batches go through the arrays: the SIMD lanes run several rows at once over an array. */
    @Override
    protected boolean batchesInPlace(Vectorization resolved) {
        return resolved == Vectorization.SCALAR;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        row(in[0], n, first, PERIOD.of(p), out[0], vectorization);
    }

    @Override
    protected void computeRows(double[][] in, int first, double[][] combos, int from, int to,
                               Vectorization vectorization,
                              double[][] out, int offset, int stride) {
        ROWS.get(vectorization).compute(in[0], first, PeriodSweepRows.periods(PERIOD, combos, from, to), from, to,
                out[0], offset,
                stride);
    }

    /** Super-smoother coefficients {-a^2, b, c} for a trend period. */
    public static double[] coefficients(int period) {
        int q = (period + 1) / 2; // round(period / 2), halves away from zero
        double a = Math.exp(-1.414 * Math.PI / q);
        double b = 2.0 * a * Math.cos(1.414 * Math.PI / q);
        double c = (1.0 + a * a - b) / 2.0;
        return new double[] {-(a * a), b, c};
    }

    /** The scalar row: writes indices [first + p, n). */
    public static void row(double[] x, int first, int p, double[] out, int offset) {
        int n = x.length;
        row(DoubleMemory.of(x, 0, first, n), n, first, p, DoubleMemory.of(out, offset, first + p, n),
                Vectorization.SCALAR);
    }

    /**
     * The same over any memory (off-heap buffers in place) holding x at [first, n), a block at a time: the
     * recursions store each block's distances and mean squares, and {@link RootRatios} takes their ratios
     * many at a time (a division and a square root per output would otherwise bound the recursions' loop).
     */
    public static void row(DoubleMemory x, int n, int first, int p, DoubleMemory out, Vectorization vectorization) {
        RootRatios ratios = RootRatios.of(vectorization);
        double[] k3 = coefficients(p);
        double na2 = k3[0], b = k3[1], c = k3[2], negInv = -1.0 / p;
        double[] ring = new double[p]; // smoother values k - p .. k - 1, value k at slot k mod p
        double s2 = x.get(first), s1 = x.get(first + 1), yPrev = s1;
        double sum = 0.0 + (s2 - 0.0);
        sum += s1 - 0.0;
        ring[0] = s2;
        ring[1] = s1; // p >= 2
        for (int k = 2; k < p; k++) { // filling the window: no output, nothing leaves the sum
            double y = x.get(first + k);
            double s = smooth(na2, b, c, s1, s2, y, yPrev);
            sum += s - 0.0;
            ring[k] = s;
            s2 = s1;
            s1 = s;
            yPrev = y;
        }
        double ms = 0.0;
        int slot = 0;
        double[] distances = new double[BLOCK], meanSquares = new double[BLOCK], block = new double[BLOCK];
        for (int start = first + p; start < n; start += BLOCK) {
            int m = Math.min(BLOCK, n - start);
            for (int j = 0; j < m; j++) {
                double y = x.get(start + j);
                double s = smooth(na2, b, c, s1, s2, y, yPrev);
                double d = Math.fma(sum, negInv, s); // VectorTA: (p * s - sum) / p, one division more
                ms = meanSquare(ms, d);
                distances[j] = d;
                meanSquares[j] = ms;
                sum += s - ring[slot];
                ring[slot] = s;
                slot = slot + 1 == p ? 0 : slot + 1;
                s2 = s1;
                s1 = s;
                yPrev = y;
            }
            ratios.apply(distances, meanSquares, m, block);
            out.copyFrom(block, start, m);
        }
    }

    /** The super smoother's step: the previous value enters the outer multiply-add only. */
    private static double smooth(double na2, double b, double c, double s1, double s2, double y, double yPrev) {
        return Math.fma(b, s1, Math.fma(na2, s2, c * (y + yPrev)));
    }

    /** The exponentially weighted mean square, the previous value in one multiply-add. */
    private static double meanSquare(double ms, double d) {
        return Math.fma(0.96, ms, 0.04 * (d * d));
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int period = PERIOD.of(p);
        double[] k3 = coefficients(period);
        return new IndicatorStream.OfSeries() {
            private final double na2 = k3[0], b = k3[1], c = k3[2], negInv = -1.0 / period;
            private final double[] ring = new double[period];
            private int slot;
            private long k;
            private double s1, s2, yPrev, sum, ms;

            @Override
            protected double next(double y) {
                double s = k < 2 ? y : smooth(na2, b, c, s1, s2, y, yPrev);
                double old = 0.0;
                double result = Double.NaN;
                if (k >= period) {
                    double d = Math.fma(sum, negInv, s);
                    ms = meanSquare(ms, d);
                    result = RootRatios.ratio(d, ms);
                    old = ring[slot];
                }
                sum += s - old;
                ring[slot] = s;
                slot = slot + 1 == period ? 0 : slot + 1;
                s2 = s1;
                s1 = s;
                yPrev = y;
                k++;
                return result;
            }
        };
    }
}
