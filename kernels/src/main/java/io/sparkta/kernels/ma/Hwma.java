package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Holt-Winters Moving Average: level, velocity and acceleration smoothed with na, nb, nc; the output is F + V + A / 2. */
@AutoService(Indicator.class)
public final class Hwma extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("hwma", "Holt-Winters Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.realAbove("na", 0.2, 0.0, 1.0, "level smoothing"),
                    ParamSpec.realAbove("nb", 0.1, 0.0, 1.0, "velocity smoothing"),
                    ParamSpec.realAbove("nc", 0.1, 0.0, 1.0, "acceleration smoothing")),
            List.of("values"), "first",
            "No warm-up: seeded with the first valid value, zero velocity and acceleration. A NaN after it makes later outputs NaN.");

    public Hwma() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return 0;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        // no window: any series with a valid value is enough
    }

    @Override
    protected Step start(double[] p) {
        double na = p[0], nb = p[1], nc = p[2];
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
