package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' 3-pole Super Smoother: f = k1 x + k2 f[1] + k3 f[2] + k4 f[3], seeded with the first three values. */
@AutoService(Indicator.class)
public final class SuperSmoother3Pole extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "critical period").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("supersmoother_3_pole",
                    "Super Smoother Filter (3-pole)", Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.none())
            .notes("No warm-up: the first three outputs are the inputs themselves (VectorTA's seed). A NaN after the "
                    + "first valid value makes later outputs NaN.")
            .build();

    public SuperSmoother3Pole() {
        super(SPEC);
    }

    /** VectorTA checks period valid values, though the filter outputs from the first. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double a = Math.exp(-Math.PI / period), b = 2.0 * a * Math.cos(1.738 * Math.PI / period), c = a * a;
        double k2 = b + c, k3 = -(c + b * c), k4 = c * c, k1 = 1.0 - k2 - k3 - k4;
        return new Step() {
            private double f1, f2, f3;
            private int seen;

            @Override
            public double next(double x) {
                double f = seen++ < 3 ? x : k1 * x + k2 * f1 + k3 * f2 + k4 * f3;
                f3 = f2;
                f2 = f1;
                f1 = f;
                return f;
            }
        };
    }
}
