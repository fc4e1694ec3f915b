package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Chande Forecast Oscillator: the price's distance from the window's regression value at this bar, in percent. */
@AutoService(Indicator.class)
public final class Cfo extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "regression window").sweep(14, 14, 0);
    static final ParamSpec.Real SCALAR = ParamSpec.real("scalar", 100.0, 0.0, Double.POSITIVE_INFINITY,
            "multiplier of the relative distance").sweep(100.0, 124.9, 0.1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cfo", "Chande Forecast Oscillator",
                    Category.MOMENTUM)
            .source("close").params(PERIOD, SCALAR).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("scalar * (x - f) / x, f the least-squares line over the window evaluated at its last bar, kept "
                    + "as running sums; NaN where x is 0. period is at least 2 (VectorTA accepts 1 and gives NaN "
                    + "on every bar: a line through one point has no slope).")
            .build();

    public Cfo() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), pre = period - 1;
        double scalar = SCALAR.of(p), n = period, invN = 1.0 / n, half = 0.5 * (n - 1.0);
        double sx = (period * (period + 1L)) / 2, sx2 = (period * (period + 1L) * (2L * period + 1)) / 6;
        double invDenom = 1.0 / (n * sx2 - sx * sx);
        double[] ring = new double[period];
        return new Step() {
            private double sumY, sumXY;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double v = bar[0];
                int t = bars++;
                ring[t % period] = v;
                if (t < pre) {
                    sumY += v;
                    sumXY = Math.fma(v, t + 1.0, sumXY); // weights 1..period, newest last
                    return;
                }
                sumXY = Math.fma(v, n, sumXY);
                sumY += v;
                double slope = Math.fma(-sx, sumY, n * sumXY) * invDenom;
                double f = Math.fma(slope, half, sumY * invN);
                out[0] = Double.isFinite(v) && v != 0 ? (v - f) * (scalar / v) : Double.NaN;
                // shift every weight down by one and drop the oldest value for the next window
                sumXY -= sumY;
                sumY -= ring[(t - pre) % period];
            }
        };
    }
}
