package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Kaufman's Adaptive Moving Average: efficiency ratio over period bars, fast 2 and slow 30, seeded with the value at first + period (VectorTA's seed, its first output). */
@AutoService(Indicator.class)
public final class Kama extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 1,
            "efficiency ratio window").sweep(30, 279, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kama", "Kaufman Adaptive Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("A NaN after the first valid value makes later outputs NaN.")
            .build();

    public Kama() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double fast = 2.0 / 3.0, slow = 2.0 / 31.0;
        EfficiencyRatio er = new EfficiencyRatio(period);
        return new Step() {
            private double k;

            @Override
            public double next(double x) {
                double ratio = er.next(x);
                if (er.seen() < period) {
                    return Double.NaN;
                }
                if (er.seen() == period) {
                    k = x; // the first output is the value itself
                    return k;
                }
                double sc = ratio * (fast - slow) + slow;
                k += sc * sc * (x - k);
                return k;
            }
        };
    }
}
