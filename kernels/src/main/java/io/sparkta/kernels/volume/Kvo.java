package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Klinger Volume Oscillator: a short EMA of the volume force minus a long one. */
@AutoService(Indicator.class)
public final class Kvo extends TwoWindows {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 2, 1, "fast EMA length").sweep(2, 2, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 5, 1, "slow EMA length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kvo", "Klinger Volume Oscillator",
                    Category.VOLUME)
            .columns("high", "low", "close", "volume").params(SHORT, LONG).output("values", Warmup.bars(1))
            .notes("The trend is up while high + low + close rises and down while it falls (down before the first "
                    + "change); the cumulative measurement restarts from the previous range when the trend turns. "
                    + "Volume force = volume |2 range / cm - 1| 100, signed by the trend. Both EMAs start at the "
                    + "first force, so the output starts at 0. long_period may not be below short_period.")
            .build();

    public Kvo() {
        super(SPEC, SHORT, LONG, false);
    }

    @Override
    protected Step start(double[] p) {
        double fast = 2.0 / (SHORT.of(p) + 1.0), slow = 2.0 / (LONG.of(p) + 1.0);
        return new Step() {
            private double previousSum = Double.NaN, previousRange, cm, fastEma, slowEma;
            private int trend = -1; // -1 before the first turn, then 1 up, 0 down
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double sum = bar[0] + bar[1] + bar[2], range = bar[0] - bar[1];
                if (bars++ > 0) {
                    if (sum > previousSum && trend != 1) {
                        trend = 1;
                        cm = previousRange;
                    } else if (sum < previousSum && trend != 0) {
                        trend = 0;
                        cm = previousRange;
                    }
                    cm += range;
                    double force = bar[3] * Math.abs(range / cm * 2.0 - 1.0) * 100.0 * (trend == 1 ? 1.0 : -1.0);
                    if (bars == 2) {
                        fastEma = force;
                        slowEma = force;
                    } else {
                        fastEma += (force - fastEma) * fast;
                        slowEma += (force - slowEma) * slow;
                    }
                    out[0] = fastEma - slowEma;
                }
                previousSum = sum;
                previousRange = range;
            }
        };
    }
}
