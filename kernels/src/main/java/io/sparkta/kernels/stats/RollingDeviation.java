package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling deviation by type: standard, mean absolute or median absolute. */
@AutoService(Indicator.class)
public final class RollingDeviation extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    static final ParamSpec.Int DEVTYPE = ParamSpec.integer("devtype", 0, 0, 3,
            "0 standard deviation, 1 mean absolute deviation, 2 median absolute deviation, 3 as 0")
            .sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("deviation", "Deviation", Category.STATISTICS)
            .source("close").params(PERIOD, DEVTYPE).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Type 0 (and 3): population standard deviation from running sums, with squares added by "
                    + "fused multiply-add as VectorTA does, recomputed around the mean where the variance is "
                    + "under 1e-10 of E[x^2]; O(1) per bar. Type 1: mean of |x - window mean|, O(period) per "
                    + "bar. Type 2: median of |x - window median| over an ordered window, O(log period) reads "
                    + "plus a block move per bar. A NaN makes the windows holding it NaN.")
            .build();

    public RollingDeviation() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), devtype = DEVTYPE.of(p);
        WindowSums sums = new WindowSums(period, WindowSums.Rounding.ADD_THEN_REMOVE);
        Window window = sums.window();
        SortedWindow sorted = devtype == 2 ? new SortedWindow(period) : null;
        double n = period;
        return new Step() {
            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (sorted != null) {
                    double old = window.push(x);
                    sorted.follow(window, x, old);
                    out[0] = window.ready() ? sorted.medianAbsoluteDeviation() : Double.NaN;
                    return;
                }
                if (!sums.push(x)) {
                    out[0] = Double.NaN;
                    return;
                }
                out[0] = devtype == 1 ? meanAbsolute() : standard();
            }

            private double standard() {
                if (period == 1) {
                    return 0.0;
                }
                double mean = sums.sum() / n, variance = sums.squares() / n - mean * mean;
                if (Math.abs(variance) / Math.max(Math.abs(sums.squares() / n), 1e-30) < 1e-10) {
                    double around = 0.0; // nearly flat: the sums have cancelled, so go around the mean
                    for (int k = 0; k < period; k++) {
                        double d = window.get(k) - mean;
                        around = Math.fma(d, d, around);
                    }
                    variance = around / n;
                }
                return Math.sqrt(Math.max(variance, 0.0));
            }

            /** The first window's mean is taken relative to its oldest value, later ones from the running sum. */
            private double meanAbsolute() {
                double mean;
                if (window.fresh()) {
                    double a = window.get(0), rest = 0.0;
                    for (int k = 1; k < period; k++) {
                        rest += window.get(k) - a;
                    }
                    mean = a + rest / n;
                } else {
                    mean = sums.sum() / n;
                }
                double total = 0.0;
                for (int k = 0; k < period; k++) {
                    total += Math.abs(window.get(k) - mean);
                }
                return total / n;
            }
        };
    }
}
