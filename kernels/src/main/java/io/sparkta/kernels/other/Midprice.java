package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/** Midprice: halfway between the highest high and the lowest low of the last period bars. */
@AutoService(Indicator.class)
public final class Midprice extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("midprice", "Midprice over a window",
                    Category.OTHER)
            .columns("high", "low").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .build();

    public Midprice() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        return (bar, out) -> {
            highs.push(bar[0]);
            lows.push(bar[1]);
            out[0] = (highs.max() + lows.min()) * 0.5;
        };
    }
}
