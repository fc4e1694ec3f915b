package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/** Donchian Channels: the highest high and lowest low of the window, and their midpoint. */
@AutoService(Indicator.class)
public final class Donchian extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "window length").sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("donchian", "Donchian Channels",
                    Category.VOLATILITY)
            .columns("high", "low").params(PERIOD)
            .outputs(Warmup.of(PERIOD).plus(-1), "upperband", "middleband", "lowerband")
            .notes("Middle band: lower + (upper - lower) / 2 by fused multiply-add, as VectorTA. Monotonic "
                    + "queues, O(1) amortised per bar. A bar with a NaN makes the windows holding it NaN.")
            .build();

    public Donchian() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        return new Step() {
            private RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
            private int clean; // bars since the last NaN

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                if (Double.isNaN(h) || Double.isNaN(l)) {
                    clean = 0;
                    highs = new RollingExtremes(period); // the queues hold no NaN: start over after it
                    lows = new RollingExtremes(period);
                } else {
                    clean++;
                    highs.push(h);
                    lows.push(l);
                }
                if (clean < period) {
                    out[0] = out[1] = out[2] = Double.NaN;
                    return;
                }
                double upper = highs.max(), lower = lows.min();
                out[0] = upper;
                out[1] = Math.fma(upper - lower, 0.5, lower);
                out[2] = lower;
            }
        };
    }
}
