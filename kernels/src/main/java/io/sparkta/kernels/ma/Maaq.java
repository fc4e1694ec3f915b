package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Moving Average Adaptive Q: an efficiency ratio over period bars drives sc = (er fast + slow)^2 with fast = 2 / (fast_period + 1), slow = 2 / (slow_period + 1). */
@AutoService(Indicator.class)
public final class Maaq extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 11, 2,
            "efficiency ratio window").sweep(11, 260, 1);
    private static final ParamSpec.Int FAST_PERIOD = ParamSpec.integer("fast_period", 2, 1, Integer.MAX_VALUE,
            "fast smoothing length").sweep(2, 2, 0);
    private static final ParamSpec.Int SLOW_PERIOD = ParamSpec.integer("slow_period", 30, 1, Integer.MAX_VALUE,
            "slow smoothing length").sweep(30, 30, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("maaq", "Moving Average Adaptive Q",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, FAST_PERIOD, SLOW_PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Seeded with the value at first + period - 1. A NaN after the first valid value makes later outputs "
                    + "NaN.")
            .build();

    public Maaq() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double fast = 2.0 / (FAST_PERIOD.of(p) + 1.0), slow = 2.0 / (SLOW_PERIOD.of(p) + 1.0);
        EfficiencyRatio er = new EfficiencyRatio(period);
        return new Step() {
            private double m = Double.NaN;

            @Override
            public double next(double x) {
                double ratio = er.next(x);
                if (er.seen() < period) {
                    m = x; // the seed is the value at first + period - 1
                    return er.seen() == period - 1 ? m : Double.NaN;
                }
                double sc = ratio * fast + slow;
                m += sc * sc * (x - m);
                return m;
            }
        };
    }
}
