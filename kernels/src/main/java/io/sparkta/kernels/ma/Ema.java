package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.stats.FiniteInputs;
import io.sparkta.kernels.vector.LinearScan;

/**
 * Exponential Moving Average, as VectorTA defines it: no warm-up (a running mean for the first period bars), then
 * alpha = 2 / (period + 1), computed as a {@link LinearScan} over the finite values after the mean phase.
 */
@AutoService(Indicator.class)
public final class Ema extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "smoothing length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ema", "Exponential Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.none())
            .notes("Differs from TA-Lib, which starts at first + period - 1 with an SMA seed: VectorTA outputs from "
                    + "the first valid value, the running mean of the values so far for the first period bars. A NaN "
                    + "input carries the last value forward (VectorTA skips non-finite inputs).")
            .build();

    public Ema() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /** VectorTA checks period valid values, whatever the warm-up. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }

    private static LinearScan.Coefficients coefficients(int period) {
        double alpha = 2.0 / (period + 1);
        return new LinearScan.Coefficients(1.0 - alpha, alpha);
    }

    /** The running mean of the finite values among the first period bars, then the scan over finite values. */
    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        LinearScan.Coefficients k = coefficients(period);
        return new Step() {
            private double sum, value = Double.NaN;
            private int bars, finite;
            private LinearScan.Step scan;

            @Override
            public double next(double x) {
                if (scan == null) {
                    if (!Double.isNaN(x)) {
                        sum += x;
                        value = sum / ++finite;
                    }
                    if (++bars == period) {
                        scan = new LinearScan.Step(k, value);
                    }
                } else if (!Double.isNaN(x)) {
                    value = scan.next(x);
                }
                return value;
            }
        };
    }

    /** Finite series run the mean phase on the step, then the scan's kernel; series with gaps run the step. */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        DoubleMemory x = in[0], values = out[0];
        if (!FiniteInputs.from(x, first, n)) {
            super.computeSeries(in, n, first, p, vectorization, out);
            return;
        }
        int period = PERIOD.of(p), seeded = Math.min(n, first + period);
        LinearScan.scan(vectorization, coefficients(period), meanPhase(x, first, seeded, p, values), x, seeded, n,
                values);
    }

    /** The step's outputs at [first, seeded) (the running mean), returning the last: the scan's carry. */
    private double meanPhase(DoubleMemory x, int first, int seeded, double[] p, DoubleMemory values) {
        Step mean = start(p);
        double value = Double.NaN;
        for (int t = first; t < seeded; t++) {
            value = mean.next(x.get(t));
            values.put(t, value);
        }
        return value;
    }
}
