package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** True Strength Index: the doubly smoothed change over the doubly smoothed absolute change, in percent. */
@AutoService(Indicator.class)
public final class Tsi extends StepIndicator {
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 25, 1, "first EMA length").sweep(25, 274, 1);
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 13, 1, "second EMA length").sweep(13, 13, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("tsi", "True Strength Index", Category.MOMENTUM)
            .source("close").params(LONG, SHORT).output("values", Warmup.of(LONG).plus(SHORT))
            .notes("EMA(short) of EMA(long) of the change over the same of its absolute value, times 100, clamped "
                    + "to [-100, 100]; all four EMAs start at the first change. A NaN bar is NaN and skipped (the next "
                    + "change is taken from the last valid price), as in VectorTA.")
            .build();

    public Tsi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double aLong = 2.0 / (LONG.of(p) + 1.0), aShort = 2.0 / (SHORT.of(p) + 1.0);
        double kLong = 1.0 - aLong, kShort = 1.0 - aShort;
        return new Step() {
            private double previous, longNum, shortNum, longDen, shortDen;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                out[0] = Double.NaN;
                if (!Double.isFinite(x)) {
                    return;
                }
                double change = x - previous, size = Math.abs(change);
                previous = x;
                int t = bars++;
                if (t == 0) {
                    return;
                }
                if (t == 1) {
                    longNum = shortNum = change;
                    longDen = shortDen = size;
                } else {
                    longNum = aLong * change + kLong * longNum;
                    shortNum = aShort * longNum + kShort * shortNum;
                    longDen = aLong * size + kLong * longDen;
                    shortDen = aShort * longDen + kShort * shortDen;
                }
                if (shortDen != 0) {
                    out[0] = Math.max(-100.0, Math.min(100.0, 100.0 * (shortNum / shortDen)));
                }
            }
        };
    }
}
