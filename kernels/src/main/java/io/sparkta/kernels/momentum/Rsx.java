package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Jurik's Relative Strength Quality Index: RSI built from triple double-smoothed changes and absolute changes. */
@AutoService(Indicator.class)
public final class Rsx extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rsx", "Relative Strength Xtra", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("The filters start at bar period - 1 (earlier bars are not read), so the first value comes one "
                    + "bar later; 50 while the counter of the original code is still running or the smoothed "
                    + "absolute change is at most 1e-10. Clamped to [0, 100].")
            .build();

    public Rsx() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double a = 3.0 / (period + 2.0), b = 1.0 - a, limit = period >= 6 ? period - 1 : 5.0;
        return new Step() {
            // six pairs of cascaded filters: three on the change, three on its absolute value
            private final double[] f = new double[12];
            private double previous, counter = 1.0;
            private boolean moved;
            private int bars;

            /** One double-smoothing stage on pair k: 1.5 times the first minus half the second. */
            private double stage(int k, double x) {
                f[k] = b * f[k] + a * x;
                f[k + 1] = a * f[k] + b * f[k + 1];
                return f[k] * 1.5 - f[k + 1] * 0.5;
            }

            @Override
            public void next(double[] bar, double[] out) {
                double x = 100.0 * bar[0];
                if (++bars < period) {
                    return;
                }
                double change = x - previous;
                previous = x;
                if (bars == period) {
                    return; // the reference bar
                }
                counter = limit <= counter ? limit + 1.0 : counter + 1.0;
                double up = stage(4, stage(2, stage(0, change)));
                double range = stage(10, stage(8, stage(6, Math.abs(change))));
                if (limit >= counter && change != 0) {
                    moved = true;
                }
                if (Math.abs(limit - counter) < Math.ulp(1.0) && !moved) {
                    counter = 0.0;
                }
                out[0] = limit < counter && range > 1e-10 ? Math.max(0.0, Math.min(100.0, (up / range + 1.0) * 50.0))
                        : 50.0;
            }
        };
    }
}
