package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Kaufman's Adaptive Moving Average: efficiency ratio over period bars, fast 2 and slow 30, seeded with the value at first + period (VectorTA's seed, its first output). */
@AutoService(Indicator.class)
public final class Kama extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("kama", "Kaufman Adaptive Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 30, 1, "efficiency ratio window")),
            List.of("values"), "first + period",
            "A NaN after the first valid value makes later outputs NaN.");

    public Kama() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[0];
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod("period", (int) p[0], n);
        requireValid((int) p[0] + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = (int) p[0];
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
