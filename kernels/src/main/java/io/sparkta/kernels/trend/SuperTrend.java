package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * SuperTrend: bands factor ATRs above and below the bar's midpoint that only tighten while the close stays inside
 * them; the trend line is the band on the far side of the close, switching when the close crosses it.
 */
@AutoService(Indicator.class)
public final class SuperTrend extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "ATR length").sweep(10, 259, 1);
    static final ParamSpec.Real FACTOR = ParamSpec.real("factor", 3.0, 0.0, Double.MAX_VALUE,
            "band width in ATRs").sweep(3.0, 3.0, 0.0);
    private static final Warmup WARMUP = Warmup.of(PERIOD).plus(-1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("supertrend", "SuperTrend", Category.TREND)
            .columns("high", "low", "close").params(PERIOD, FACTOR)
            .output("trend", WARMUP).output("changed", OutputType.BOOL, WARMUP)
            .notes("ATR as VectorTA's atr (seeded by the mean true range). The first value is the upper band if "
                    + "the close is at or below it, else the lower; each later band tightens towards the previous "
                    + "one while the previous close was inside it. changed is 1 on the bar the trend flips.")
            .build();

    public SuperTrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double factor = FACTOR.of(p);
        AverageTrueRange averageRange = new AverageTrueRange(period);
        return new Step() {
            private double upper, lower, prevClose;
            private boolean onUpper;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double atr = averageRange.next(bar);
                double hl2 = (bar[0] + bar[1]) * 0.5, close = bar[2];
                int k = bars++;
                if (k < period - 1) {
                    return;
                }
                boolean flipped = false;
                if (k == period - 1) {
                    upper = hl2 + factor * atr;
                    lower = hl2 - factor * atr;
                    onUpper = close <= upper;
                } else {
                    double up = Math.fma(factor, atr, hl2), down = Math.fma(-factor, atr, hl2);
                    upper = prevClose <= upper ? Math.min(up, upper) : up;
                    lower = prevClose >= lower ? Math.max(down, lower) : down;
                    flipped = onUpper ? !(close <= upper) : !(close >= lower); // a NaN close flips, as in VectorTA
                    onUpper ^= flipped;
                }
                prevClose = close;
                out[0] = onUpper ? upper : lower;
                out[1] = flipped ? 1.0 : 0.0;
            }
        };
    }
}
