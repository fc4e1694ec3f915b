package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** MWDX: an exponential average with a given factor, seeded with the first valid value: m = f x + (1 - f) m. */
@AutoService(Indicator.class)
public final class Mwdx extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("mwdx", "MWDX Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.realAbove("factor", 0.2, 0.0, Double.POSITIVE_INFINITY, "smoothing factor f (alpha)")),
            List.of("values"), "first",
            "No warm-up. A NaN after the first valid value makes every later output NaN.");

    public Mwdx() {
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
        double f = p[0], keep = 1.0 - f;
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
