package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.FiniteInputs;

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

    /**
     * The step's arithmetic in one loop over the arrays, for the single and batch calls on finite series: there
     * a change's gain and loss are {@code max(change, 0)} and {@code max(-change, 0)}, the step's values without
     * a branch on the change's sign, which a price series makes unpredictable. Other series run the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!FiniteInputs.from(in, first)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] x = in[0], values = out[0];
        int n = x.length, period = PERIOD.of(p), seeded = first + period;
        double alpha = 1.0 / period, keep = 1.0 - alpha, gain = 0, loss = 0;
        for (int t = first + 1; t <= seeded; t++) {
            double change = x[t] - x[t - 1];
            gain += Math.max(change, 0.0);
            loss += Math.max(-change, 0.0);
        }
        gain *= alpha;
        loss *= alpha;
        values[offset + seeded] = strength(gain, loss);
        for (int t = seeded + 1; t < n; t++) {
            double change = x[t] - x[t - 1];
            gain = Math.fma(gain, keep, alpha * Math.max(change, 0.0));
            loss = Math.fma(loss, keep, alpha * Math.max(-change, 0.0));
            values[offset + t] = strength(gain, loss);
        }
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double alpha = 1.0 / period, keep = 1.0 - alpha;
        return new Step() {
            private double previous, gain, loss;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], change = x - previous;
                previous = x;
                if (bars++ == 0) {
                    return; // no change yet
                }
                double up = change > 0 ? change : 0, down = change < 0 ? -change : 0;
                if (bars <= period + 1) {
                    // a NaN inside the seed leaves the whole series NaN, as VectorTA does
                    gain += Double.isNaN(change) ? Double.NaN : up;
                    loss += down;
                    if (bars == period + 1) {
                        gain *= alpha;
                        loss *= alpha;
                    }
                } else {
                    gain = Math.fma(gain, keep, alpha * up);
                    loss = Math.fma(loss, keep, alpha * down);
                }
                out[0] = strength(gain, loss);
            }
        };
    }

    private static double strength(double gain, double loss) {
        double total = gain + loss;
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }
}
