package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.DoublingScan;
import io.sparkta.kernels.vector.GainLossScan;

/** Wilder's Relative Strength Index: the average gain's share of the average absolute change, in percent. */
@AutoService(Indicator.class)
public final class Rsi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rsi", "Relative Strength Index", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("Seeded with the mean gain and loss of the first period changes, then Wilder's smoothing "
                    + "(alpha = 1 / period). 50 where gains and losses are both zero (TA-Lib gives 0).")
            .build();

    public Rsi() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /**
     * The seed as the step sums it, then whole blocks by the {@link GainLossScan} kernel and the last partial
     * block by its step. A non-finite change (the step's NaN rule differs from the kernels') leaves the sums
     * non-finite, and then the step runs the whole series.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], values = out[0];
        int n = x.length, period = PERIOD.of(p), seeded = first + period;
        double gain = 0, loss = 0;
        for (int t = first + 1; t <= seeded; t++) {
            double change = x[t] - x[t - 1];
            gain += seedGain(change);
            loss += loss(change);
        }
        values[offset + seeded] = GainLossScan.strength(gain, loss);
        DoublingScan scan = scan(period);
        int from = seeded + 1, blocks = (n - from) / DoublingScan.BLOCK;
        double[] sums = {gain, loss};
        GainLossScan.of(vectorization).blocks(scan, sums, x, from, values, offset + from, blocks);
        if (!Double.isFinite(sums[0] + sums[1])) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        GainLossScan.Step tail = new GainLossScan.Step(scan, sums[0], sums[1]);
        for (int t = from + blocks * DoublingScan.BLOCK; t < n; t++) {
            values[offset + t] = tail.next(x[t] - x[t - 1]);
        }
    }

    /** Wilder's smoothing on sums (the averages times the period, whose factor cancels in the strength). */
    private static DoublingScan scan(int period) {
        return new DoublingScan(1.0 - 1.0 / period);
    }

    /** A change's gain in the seed, where a NaN leaves the whole series NaN, as VectorTA does. */
    private static double seedGain(double change) {
        return Double.isNaN(change) ? Double.NaN : change > 0 ? change : 0.0;
    }

    private static double loss(double change) {
        return change < 0 ? -change : 0.0;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        DoublingScan scan = scan(period);
        return new Step() {
            private double previous, gain, loss;
            private int bars;
            private GainLossScan.Step smoothed;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], change = x - previous;
                previous = x;
                if (bars++ == 0) {
                    return; // no change yet
                }
                if (smoothed != null) {
                    out[0] = smoothed.next(change);
                    return;
                }
                gain += seedGain(change);
                loss += loss(change);
                if (bars == period + 1) {
                    smoothed = new GainLossScan.Step(scan, gain, loss);
                }
                out[0] = GainLossScan.strength(gain, loss);
            }
        };
    }
}
