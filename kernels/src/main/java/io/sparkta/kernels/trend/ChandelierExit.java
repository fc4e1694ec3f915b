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
 * Chandelier Exit: a long stop mult ATRs below the period's highest value and a short stop as far above its lowest,
 * each ratcheting while the close stays on its side; only the stop of the current direction is shown.
 */
@AutoService(Indicator.class)
public final class ChandelierExit extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 22, 1, "window and ATR length")
            .sweep(22, 271, 1);
    static final ParamSpec.Real MULT = ParamSpec.real("mult", 3.0, 0.0, Double.MAX_VALUE,
            "distance in ATRs").sweep(3.0, 3.0, 0.0);
    static final ParamSpec.Int USE_CLOSE = ParamSpec.flag("use_close", true,
            "extremes of the close (else of the high and the low)").sweep(1, 1, 0);
    private static final Warmup WARMUP = Warmup.of(PERIOD).plus(-1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("chandelier_exit", "Chandelier Exit",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD, MULT, USE_CLOSE).outputs(WARMUP, "long_stop", "short_stop")
            .notes("The ATR is VectorTA's atr over the same period. A stop keeps the tighter of its new value and "
                    + "its previous one while the previous close was beyond the previous stop. The direction turns "
                    + "long when the close rises above the previous short stop, short when it falls below the "
                    + "previous long stop, and starts long; the other stop is NaN.")
            .build();

    public ChandelierExit() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double mult = MULT.of(p);
        boolean useClose = USE_CLOSE.isSet(p);
        AverageTrueRange averageRange = new AverageTrueRange(period);
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        return new Step() {
            private double longStop = Double.NaN, shortStop = Double.NaN, prevClose;
            private boolean isLong = true;

            @Override
            public void next(double[] bar, double[] out) {
                double close = bar[2], atr = averageRange.next(bar);
                highs.push(useClose ? close : bar[0]);
                lows.push(useClose ? close : bar[1]);
                double longNew = Math.fma(atr, -mult, highs.max()), shortNew = Math.fma(atr, mult, lows.min());
                // the previous stops, or the new ones where there are none (before the ATR, after a NaN)
                double longPrev = Double.isNaN(longStop) ? longNew : longStop;
                double shortPrev = Double.isNaN(shortStop) ? shortNew : shortStop;
                longStop = prevClose > longPrev ? Math.max(longNew, longPrev) : longNew;
                shortStop = prevClose < shortPrev ? Math.min(shortNew, shortPrev) : shortNew;
                isLong = close > shortPrev || (!(close < longPrev) && isLong);
                out[0] = isLong ? longStop : Double.NaN;
                out[1] = isLong ? Double.NaN : shortStop;
                prevClose = close;
            }
        };
    }
}
