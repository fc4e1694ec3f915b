package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Holt-Winters Moving Average: level, velocity and acceleration smoothed with na, nb, nc; the output is F + V + A / 2. */
@AutoService(Indicator.class)
public final class Hwma extends SeriesRecursion {
    private static final ParamSpec.Real NA = ParamSpec.realAbove("na", 0.2, 0.0, 1.0,
            "level smoothing").sweep(0.2, 0.449, 0.001);
    private static final ParamSpec.Real NB = ParamSpec.realAbove("nb", 0.1, 0.0, 1.0,
            "velocity smoothing").sweep(0.1, 0.1, 0.0);
    private static final ParamSpec.Real NC = ParamSpec.realAbove("nc", 0.1, 0.0, 1.0,
            "acceleration smoothing").sweep(0.1, 0.1, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("hwma", "Holt-Winters Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(NA, NB, NC).output("values", Warmup.none())
            .notes("No warm-up: seeded with the first valid value, zero velocity and acceleration. A NaN after it "
                    + "makes later outputs NaN.")
            .build();

    public Hwma() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double na = NA.of(p), nb = NB.of(p), nc = NC.of(p);
        return new Step() {
            private double level = Double.NaN, velocity, acceleration;

            @Override
            public double next(double x) {
                if (Double.isNaN(level)) {
                    level = x;
                } else {
                    double f1 = level, v1 = velocity, a1 = acceleration;
                    level = (1.0 - na) * (f1 + v1 + 0.5 * a1) + na * x;
                    velocity = (1.0 - nb) * (v1 + a1) + nb * (level - f1);
                    acceleration = (1.0 - nc) * a1 + nc * (velocity - v1);
                }
                return level + velocity + 0.5 * acceleration;
            }
        };
    }
}
