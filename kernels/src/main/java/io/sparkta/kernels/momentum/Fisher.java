package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/** Ehlers' Fisher Transform of the median price's place in its window, and its previous value as signal. */
@AutoService(Indicator.class)
public final class Fisher extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("fisher", "Ehlers Fisher Transform",
                    Category.MOMENTUM)
            .columns("high", "low").params(PERIOD).outputs(Warmup.of(PERIOD).plus(-1), "fisher", "signal")
            .notes("v = 0.67 v + 0.66 ((hl2 - min) / max(range, 0.001) - 0.5) over the window's hl2, clamped to "
                    + "+-0.999 beyond +-0.99; fisher = 0.5 ln((1 + v) / (1 - v)) + 0.5 fisher[t - 1]; signal = "
                    + "fisher[t - 1] (0 on the first bar). NaN midpoints are passed over in the window.")
            .build();

    public Fisher() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        RollingExtremes mids = new RollingExtremes(period);
        RollingExtremes floors = new RollingExtremes(period);
        return new Step() {
            private double value, fisher;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double hl = 0.5 * (bar[0] + bar[1]);
                // a NaN midpoint never wins the comparisons VectorTA takes its extremes with
                mids.push(Double.isNaN(hl) ? Double.NEGATIVE_INFINITY : hl);
                floors.push(Double.isNaN(hl) ? Double.POSITIVE_INFINITY : hl);
                if (++bars < period) {
                    return;
                }
                double min = floors.min(), range = Math.max(mids.max() - min, 0.001);
                value = Math.fma(0.67, value, 0.66 * ((hl - min) / range - 0.5));
                value = value > 0.99 ? 0.999 : value < -0.99 ? -0.999 : value;
                out[1] = fisher;
                fisher = Math.fma(0.5, Math.log((1.0 + value) / (1.0 - value)), 0.5 * fisher);
                out[0] = fisher;
            }
        };
    }
}
