package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling population variance, times {@code nbdev} squared. */
@AutoService(Indicator.class)
public final class Var extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    static final ParamSpec.Real NBDEV = ParamSpec.real("nbdev", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "the variance is scaled by its square").sweep(1.0, 1.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("var", "Variance", Category.STATISTICS)
            .source("close").params(PERIOD, NBDEV).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("E[x^2] - E[x]^2 from a running sum and sum of squares, seeded four values at a time and "
                    + "then updated by the difference of the entering and leaving values, as VectorTA rounds "
                    + "them (not clamped at 0). O(1) per bar. A NaN makes the windows holding it NaN; the sums "
                    + "are rebuilt once it has left.")
            .build();

    public Var() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        Window window = new Window(PERIOD.of(p));
        double nbdev = NBDEV.of(p), scale = 1.0 / PERIOD.of(p), factor = nbdev * nbdev;
        return new Step() {
            private double sum, squares;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], old = window.push(x);
                if (!window.ready()) {
                    out[0] = Double.NaN;
                    return;
                }
                if (window.fresh()) {
                    seed();
                } else {
                    sum += x - old;
                    squares += x * x - old * old;
                }
                double mean = sum * scale;
                out[0] = (squares * scale - mean * mean) * factor;
            }

            /** Sums of the window in groups of four, then the remainder one by one. */
            private void seed() {
                sum = 0.0;
                squares = 0.0;
                int n = window.length(), k = 0;
                for (; k + 4 <= n; k += 4) {
                    double a = window.get(k), b = window.get(k + 1), c = window.get(k + 2), d = window.get(k + 3);
                    sum += a + b + c + d;
                    squares += a * a + b * b + c * c + d * d;
                }
                for (; k < n; k++) {
                    double v = window.get(k);
                    sum += v;
                    squares += v * v;
                }
            }
        };
    }
}
