package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' variant of KAMA: efficiency = |x - x[period - 1]| / (sum of the last period absolute changes),
 * smoothing (0.6667 efficiency + 0.0645)^2, seeded with the previous value at first + period - 1.
 */
@AutoService(Indicator.class)
public final class EhlersKama extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 2,
            "efficiency window").sweep(10, 259, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ehlers_kama",
                    "Ehlers Kaufman Adaptive Moving Average", Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The direction spans period - 1 bars and the volatility sums period changes (period - 1 at the "
                    + "first output, where no earlier change exists), as VectorTA's reference values require. A NaN "
                    + "after the first valid value makes later outputs NaN.")
            .build();

    public EhlersKama() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        return new Step() {
            private final double[] values = new double[period], changes = new double[period];
            private int t, at; // at: the slot of the newest value (slots wrap by comparison, not remainder)
            private double volatility, kama;

            @Override
            public double next(double x) {
                double previous = t == 0 ? x : values[at == 0 ? period - 1 : at - 1];
                double change = Math.abs(x - previous);
                volatility += change;
                volatility -= changes[at];
                changes[at] = change;
                values[at] = x;
                int oldest = at == period - 1 ? 0 : at + 1; // x[t - period + 1]
                if (t < period - 1) {
                    t++;
                    at = oldest;
                    kama = x; // becomes the seed: the value before the first output
                    return Double.NaN;
                }
                double direction = Math.abs(x - values[oldest]);
                at = oldest;
                double efficiency = volatility == 0.0 ? 0.0 : direction / volatility;
                double sc = 0.6667 * efficiency + 0.0645;
                sc *= sc;
                kama = sc * x + (1.0 - sc) * kama;
                return kama;
            }
        };
    }
}
