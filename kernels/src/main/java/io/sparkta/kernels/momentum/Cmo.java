package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Chande Momentum Oscillator: smoothed gains minus smoothed losses over their sum, in percent. */
@AutoService(Indicator.class)
public final class Cmo extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cmo", "Chande Momentum Oscillator",
                    Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("As VectorTA: gains and losses seeded with the mean of the first period changes, then "
                    + "Wilder-smoothed (not summed over a window as in Chande's definition); 0 where both are zero.")
            .build();

    public Cmo() {
        super(SPEC);
    }

    /** The step's arithmetic in one loop over the arrays, for the single and batch calls. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], values = out[0];
        int n = x.length, period = PERIOD.of(p), seeded = first + period;
        double inv = 1.0 / period, keep = period - 1, gain = 0, loss = 0;
        for (int t = first + 1; t <= seeded; t++) {
            double change = x[t] - x[t - 1], size = Math.abs(change);
            gain += 0.5 * (change + size);
            loss += 0.5 * (size - change);
        }
        gain *= inv;
        loss *= inv;
        values[offset + seeded] = oscillator(gain, loss);
        for (int t = seeded + 1; t < n; t++) {
            double change = x[t] - x[t - 1], size = Math.abs(change);
            gain = (gain * keep + 0.5 * (change + size)) * inv;
            loss = (loss * keep + 0.5 * (size - change)) * inv;
            values[offset + t] = oscillator(gain, loss);
        }
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double inv = 1.0 / period, keep = period - 1;
        return new Step() {
            private double previous, gain, loss;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], change = x - previous, size = Math.abs(change);
                previous = x;
                if (bars++ == 0) {
                    return; // no change yet
                }
                double up = 0.5 * (change + size), down = 0.5 * (size - change);
                if (bars <= period + 1) {
                    gain += up;
                    loss += down;
                    if (bars < period + 1) {
                        return;
                    }
                    gain *= inv;
                    loss *= inv;
                } else {
                    // the same order of operations as VectorTA, so the smoothing rounds alike
                    gain = (gain * keep + up) * inv;
                    loss = (loss * keep + down) * inv;
                }
                out[0] = oscillator(gain, loss);
            }
        };
    }

    private static double oscillator(double gain, double loss) {
        double total = gain + loss;
        return total != 0 ? 100.0 * ((gain - loss) / total) : 0.0;
    }
}
