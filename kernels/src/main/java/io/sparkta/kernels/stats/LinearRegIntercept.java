package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** The least-squares line through the window, read at its oldest bar (VectorTA's intercept). */
@AutoService(Indicator.class)
public final class LinearRegIntercept extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("linearreg_intercept",
                    "Linear Regression Intercept", Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("With x = 1 for the oldest bar, slope * (1 - mean x) + mean y: the fitted line at the oldest "
                    + "bar of the window. Sums of y and x*y slid in O(1) per bar as VectorTA rounds them; period "
                    + "1 gives the input. A NaN makes the windows holding it NaN.")
            .build();

    public LinearRegIntercept() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double n = period, scale = 1.0 / n, sx = 0.5 * n * (n + 1.0), sxx = (n * (n + 1.0) * (2.0 * n + 1.0)) / 6.0;
        double inv = 1.0 / (n * sxx - sx * sx), k = 1.0 - sx * scale;
        Window window = new Window(period);
        return new Step() {
            private double y, xy;

            @Override
            public void next(double[] bar, double[] out) {
                double v = bar[0], old = window.push(v);
                if (!window.ready() || period == 1) {
                    out[0] = window.ready() ? v : Double.NaN;
                    return;
                }
                if (window.fresh()) {
                    y = 0.0;
                    xy = 0.0;
                    for (int j = 0; j < period; j++) {
                        y += window.get(j);
                        xy += window.get(j) * (j + 1.0);
                    }
                } else {
                    double before = y;
                    y = before + v - old;
                    xy = (xy - before) + n * v;
                }
                out[0] = ((n * xy - sx * y) * inv) * k + y * scale;
            }
        };
    }
}
