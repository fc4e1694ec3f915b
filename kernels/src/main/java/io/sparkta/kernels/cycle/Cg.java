package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Ehlers' Center of Gravity oscillator: minus the position of the window's weighted centre, newest weight 1. */
@AutoService(Indicator.class)
public final class Cg extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "window length").sweep(10, 259, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cg", "Ehlers Center of Gravity oscillator",
                    Category.CYCLE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("-sum (k + 1) x[k] / sum x[k] over k = 0..period - 2 (x[0] the newest), 0 where |sum x| is at "
                    + "most the machine epsilon. As VectorTA does, the window holds period - 1 values and the first "
                    + "output comes at first + period. Recomputed each bar: O(period) per bar, and a NaN spoils only "
                    + "the windows that hold it.")
            .build();

    public Cg() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int items = PERIOD.of(p) - 1;
        RecentValues window = new RecentValues(Math.max(items, 1));
        return (bar, out) -> {
            window.push(bar[0]);
            double num = 0.0, den = 0.0;
            for (int k = 0; k < items; k++) {
                double x = window.ago(k);
                num += (k + 1) * x;
                den += x;
            }
            out[0] = Math.abs(den) > Math.ulp(1.0) ? -num / den : 0.0;
        };
    }
}
