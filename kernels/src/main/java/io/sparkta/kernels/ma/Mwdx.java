package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** MWDX: an exponential average with a given factor, seeded with the first valid value: m = f x + (1 - f) m. */
@AutoService(Indicator.class)
public final class Mwdx extends SeriesRecursion {
    private static final ParamSpec.Real FACTOR = ParamSpec.realAbove("factor", 0.2, 0.0, Double.POSITIVE_INFINITY,
            "smoothing factor f (alpha)").sweep(0.2, 0.449, 0.001);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mwdx", "MWDX Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(FACTOR).output("values", Warmup.none())
            .notes("No warm-up. A NaN after the first valid value makes every later output NaN.")
            .build();

    public Mwdx() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double f = FACTOR.of(p), keep = 1.0 - f;
        return new Step() {
            private double m = Double.NaN;

            @Override
            public double next(double x) {
                m = Double.isNaN(m) ? x : f * x + keep * m;
                return m;
            }
        };
    }
}
