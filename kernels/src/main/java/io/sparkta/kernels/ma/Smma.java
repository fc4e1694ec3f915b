package io.sparkta.kernels.ma;

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
import io.sparkta.kernels.vector.ScalarOrSimd;

/**
 * Smoothed Moving Average (Wilder's RMA seeded with an SMA): S = (S' * (p - 1) + x) / p. A batch sweep on
 * the SIMD kernel runs one period per vector lane, bit-identical to the scalar row.
 */
@AutoService(Indicator.class)
public final class Smma extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 7, 1, "smoothing length").sweep(7, 256, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("smma", "Smoothed Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Seed: the plain mean of the first period values. A NaN after the first valid value makes every "
                    + "later output NaN, as in VectorTA (the recursion cannot recover).")
            .build();

    private static final ScalarOrSimd<PeriodSweepRows> ROWS = new ScalarOrSimd<>(PeriodSweepRows.class,
            (x, first, periods, from,
            to, out, offset, stride) -> {
        for (int r = from; r < to; r++) {
            row(x, first, periods[r], x.length, out, offset + r * stride);
        }
    }, "SmmaRows");

    public Smma() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    protected void computeRows(double[][] in, int first, double[][] combos, int from, int to,
                               Vectorization vectorization,
                              double[][] out, int offset, int stride) {
        ROWS.get(vectorization).compute(in[0], first, PeriodSweepRows.periods(PERIOD, combos, from, to), from, to,
                out[0], offset,
                stride);
    }

    /**
     * The scalar row: writes indices [first + p - 1, end) and returns the last value written, so a SIMD
     * row group can continue the recursion from there.
     */
    public static double row(double[] x, int first, int p, int end, double[] out, int offset) {
        int last = Math.max(end, first + p); // the seed is read and written whatever end is
        return row(DoubleMemory.of(x, 0, first, last), first, p, end,
                DoubleMemory.of(out, offset, first + p - 1, last));
    }

    /** {@link #row(double[], int, int, int, double[], int)} over any memory: arrays, or off-heap in place. */
    static double row(DoubleMemory x, int first, int p, int end, DoubleMemory out) {
        double sum = 0.0;
        for (int i = first; i < first + p; i++) {
            sum += x.get(i);
        }
        double pd = p, pm1 = p - 1;
        double s = sum / pd;
        out.put(first + p - 1, s);
        for (int t = first + p; t < end; t++) {
            s = (s * pm1 + x.get(t)) / pd;
            out.put(t, s);
        }
        return s;
    }

    /** In place for single calls; a batch copies its input once and runs a period per SIMD lane instead. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected boolean batchesInPlace(Vectorization resolved) {
        return resolved == Vectorization.SCALAR;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        row(in[0], first, PERIOD.of(p), n, out[0]);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int period = PERIOD.of(p);
        return new IndicatorStream.OfSeries() {
            private final double pd = period, pm1 = period - 1;
            private double sum, s = Double.NaN;
            private int seen;

            @Override
            protected double next(double value) {
                if (seen < period) {
                    sum += value;
                    if (++seen < period) {
                        return Double.NaN;
                    }
                    s = sum / pd;
                } else {
                    s = (s * pm1 + value) / pd;
                }
                return s;
            }
        };
    }
}
