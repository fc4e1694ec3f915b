package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Jurik-style Moving Average (the public JMA approximation VectorTA implements): beta = 0.45 (p - 1) / (0.45 (p - 1) + 2), alpha = beta^power, phase ratio from phase. */
@AutoService(Indicator.class)
public final class Jma extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("jma", "Jurik Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 7, 1, "smoothing length"),
                    ParamSpec.real("phase", 50.0, -1e9, 1e9, "phase; below -100 and above 100 clamp to ratios 0.5 and 2.5"),
                    ParamSpec.integer("power", 2, 1, Integer.MAX_VALUE, "exponent of alpha")),
            List.of("values"), "first",
            "No warm-up: seeded with the first valid value. A NaN after it makes later outputs NaN.");

    public Jma() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return 0;
    }

    @Override
    protected Step start(double[] p) {
        double beta = 0.45 * (p[0] - 1.0) / (0.45 * (p[0] - 1.0) + 2.0), alpha = Math.pow(beta, (int) p[2]);
        double phase = p[1] < -100 ? 0.5 : p[1] > 100 ? 2.5 : p[1] / 100.0 + 1.5;
        double keep2 = (1.0 - alpha) * (1.0 - alpha), alpha2 = alpha * alpha;
        return new Step() {
            private double e0 = Double.NaN, e1, e2, jma;

            @Override
            public double next(double x) {
                if (Double.isNaN(e0)) {
                    e0 = x;
                    jma = x;
                    return jma;
                }
                e0 = (1.0 - alpha) * x + alpha * e0;
                e1 = (x - e0) * (1.0 - beta) + beta * e1;
                e2 = (e0 + phase * e1 - jma) * keep2 + alpha2 * e2;
                jma = e2 + jma;
                return jma;
            }
        };
    }
}
