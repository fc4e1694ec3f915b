package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Jurik-style Moving Average (the public JMA approximation VectorTA implements): beta = 0.45 (p - 1) / (0.45 (p - 1) + 2), alpha = beta^power, phase ratio from phase. */
@AutoService(Indicator.class)
public final class Jma extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 7, 1, "smoothing length").sweep(7, 256, 1);
    private static final ParamSpec.Real PHASE = ParamSpec.real("phase", 50.0, -1e9, 1e9,
            "phase; below -100 and above 100 clamp to ratios 0.5 and 2.5").sweep(50.0, 50.0, 0.0);
    private static final ParamSpec.Int POWER = ParamSpec.integer("power", 2, 1, Integer.MAX_VALUE,
            "exponent of alpha").sweep(2, 2, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("jma", "Jurik Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, PHASE, POWER).output("values", Warmup.none())
            .notes("No warm-up: seeded with the first valid value. A NaN after it makes later outputs NaN.")
            .build();

    public Jma() {
        super(SPEC);
    }

    /** VectorTA checks period valid values, though the average outputs from the first. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }

    @Override
    protected Step start(double[] p) {
        double period = PERIOD.of(p), phaseParam = PHASE.of(p);
        double beta = 0.45 * (period - 1.0) / (0.45 * (period - 1.0) + 2.0), alpha = Math.pow(beta, POWER.of(p));
        double phase = phaseParam < -100 ? 0.5 : phaseParam > 100 ? 2.5 : phaseParam / 100.0 + 1.5;
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
