package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.stats.RollingExtremes;
import io.sparkta.kernels.stats.WindowDeviation;
import java.util.List;

/**
 * Kase's Dev Stop: the high less the average two-bar range and mult of its deviations (long; short: the low plus
 * them), the highest (lowest) such level of the last period bars.
 */
@AutoService(Indicator.class)
public final class DevStop extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "window of the range statistics and of "
            + "the stop").sweep(20, 269, 1);
    static final ParamSpec.Real MULT = ParamSpec.real("mult", 0.0, 0.0, Double.MAX_VALUE,
            "deviations added to the average range").sweep(0.0, 0.0, 0.0);
    static final ParamSpec.Int DEVTYPE = ParamSpec.integer("devtype", 0, 0, 2,
            "0 standard deviation, 1 mean absolute deviation, 2 median absolute deviation").sweep(0, 0, 0);
    static final ParamSpec.Choice DIRECTION = ParamSpec.choice("direction", "long", List.of("long", "short"),
            "long: below the highs; short: above the lows");
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "sma", MovingAverages::names,
            "average of the two-bar range");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("devstop", "Kase Dev Stop", Category.TREND)
            .columns("high", "low").params(PERIOD, MULT, DEVTYPE, DIRECTION, MA_TYPE)
            .output("values", Warmup.custom("max(2 period - 1, 1 + the average's warm-up)", DevStop::firstOutput))
            .notes("The two-bar range max(high, previous high) - min(low, previous low) starts at the second bar; "
                    + "its average is any of the ma selector and its deviation is taken over the window around "
                    + "the window's own mean (median for devtype 2). VectorTA's ema with devtype 0 seeds its "
                    + "average with the mean of period - 1 ranges and measures the deviation around the EMA; "
                    + "here the ema is the selector's ema and the deviation the window's.")
            .build();

    public DevStop() {
        super(SPEC);
    }

    private static int firstOutput(double[] p) {
        int period = PERIOD.of(p);
        Indicator ma = MovingAverages.get(MA_TYPE.of(p));
        return Math.max(2 * period - 1, 1 + ma.warmup(MovingAverages.params(ma, period)));
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double mult = MULT.of(p);
        boolean isLong = DIRECTION.of(p).equals("long");
        SeriesStep average = SeriesStep.movingAverage(MA_TYPE.of(p), period);
        WindowDeviation.Stream deviation = new WindowDeviation.Stream(period, DEVTYPE.of(p));
        RollingExtremes stops = new RollingExtremes(period);
        return new Step() {
            private double prevHigh, prevLow;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                if (started) {
                    double range = Math.max(h, prevHigh) - Math.min(l, prevLow);
                    double mean = average.next(range), spread = mult * deviation.push(range);
                    // levels still warming up are NaN, and the first real one pushes them out of the window
                    stops.push(isLong ? h - mean - spread : l + mean + spread);
                    out[0] = isLong ? stops.max() : stops.min();
                }
                started = true;
                prevHigh = h;
                prevLow = l;
            }
        };
    }
}
