package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling excess kurtosis: m4 / m2^2 - 3 of the window's central moments. */
@AutoService(Indicator.class)
public final class Kurtosis extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kurtosis", "Kurtosis", Category.STATISTICS)
            .source("hl2").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Population moments around the window's mean, NaN where m2 is within machine epsilon of 0. "
                    + "Two passes over the window, O(period) per bar: fourth moments from running power sums "
                    + "cancel catastrophically at price levels (relative errors far above 1e-9). A NaN makes "
                    + "the windows holding it NaN.")
            .build();

    public Kurtosis() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double n = period;
        Window window = new Window(period);
        return (bar, out) -> {
            window.push(bar[0]);
            if (!window.ready()) {
                out[0] = Double.NaN;
                return;
            }
            double mean = window.sum() / n, m2 = 0.0, m4 = 0.0;
            for (int k = 0; k < period; k++) {
                double d = window.get(k) - mean, d2 = d * d;
                m2 += d2;
                m4 += d2 * d2;
            }
            m2 /= n;
            m4 /= n;
            out[0] = Math.abs(m2) < Math.ulp(1.0) ? Double.NaN : (m4 / (m2 * m2)) - 3.0;
        };
    }
}
