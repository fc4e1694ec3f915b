package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/**
 * Elder's SafeZone stop for long positions: the previous low less mult times the smoothed downside penetration,
 * the highest such level of the last max_lookback bars.
 */
@AutoService(Indicator.class)
public final class SafeZoneStop extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 22, 1, "smoothing length").sweep(22, 271, 1);
    static final ParamSpec.Real MULT = ParamSpec.real("mult", 2.5, 0.0, Double.MAX_VALUE,
            "distance in smoothed penetrations").sweep(2.5, 2.5, 0.0);
    static final ParamSpec.Int MAX_LOOKBACK = ParamSpec.period("max_lookback", 3, 1, "bars the stop holds its best")
            .sweep(3, 3, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("safezonestop", "SafeZone Stop", Category.TREND)
            .columns("high", "low").params(PERIOD, MULT, MAX_LOOKBACK)
            .output("values", Warmup.max(Warmup.of(PERIOD), Warmup.of(MAX_LOOKBACK).plus(-1)))
            .notes("Long side only: VectorTA takes the direction with the data rather than as a parameter, and its "
                    + "default (candle) input is long. A bar's penetration is the fall of the low when it exceeds "
                    + "the rise of the high, else 0; the first period of them are summed, then smoothed by "
                    + "x = x (1 - 1/period) + new.")
            .build();

    public SafeZoneStop() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double mult = MULT.of(p), keep = 1.0 - 1.0 / period;
        RollingExtremes best = new RollingExtremes(MAX_LOOKBACK.of(p));
        return new Step() {
            private double prevHigh, prevLow, penetration;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                int k = bars++;
                if (k > 0) {
                    double up = h - prevHigh, down = prevLow - l;
                    double fall = down > 0 && down > up ? down : 0.0;
                    penetration = k <= period ? penetration + fall : Math.fma(keep, penetration, fall);
                    if (k >= period) {
                        best.push(Math.fma(-mult, penetration, prevLow));
                        out[0] = best.max();
                    }
                }
                prevHigh = h;
                prevLow = l;
            }
        };
    }
}
