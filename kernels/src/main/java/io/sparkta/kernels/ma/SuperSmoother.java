package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' 2-pole Super Smoother: f = c1 (x + x[1]) / 2 + c2 f[1] + c3 f[2]. As VectorTA, the recursion starts
 * at the end of the warm-up: the two values there are copied through, and the earlier ones are not used.
 */
@AutoService(Indicator.class)
public final class SuperSmoother extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "critical period").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("supersmoother", "Super Smoother Filter (2-pole)",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Seeded with the values at first + period - 1 and the bar after; the inputs before are not read. "
                    + "A NaN after that makes later outputs NaN.")
            .build();

    public SuperSmoother() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), seed = period - 1;
        double a = Math.exp(-1.414 * Math.PI / period);
        double c2 = 2.0 * a * Math.cos(1.414 * Math.PI / period), c3 = -a * a, c1 = 1.0 - c2 - c3;
        return new Step() {
            private double x1, f1, f2;
            private int seen;

            @Override
            public double next(double x) {
                double f = seen < seed + 2 ? x : c1 * (x + x1) / 2.0 + c2 * f1 + c3 * f2;
                seen++;
                x1 = x;
                f2 = f1;
                f1 = f;
                return f;
            }
        };
    }
}
