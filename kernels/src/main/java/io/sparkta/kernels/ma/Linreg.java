package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Linear Regression: the least-squares line over the window, evaluated at its newest bar, as a fixed weighted window. */
@AutoService(Indicator.class)
public final class Linreg extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("linreg", "Linear Regression", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 14, 1, "window length")),
            List.of("values"), "first + period - 1",
            "The least-squares end point written as weights 1/p + (p - m)(k - m)/S (m the mean of 1..p, S the sum of squared deviations); equal to the regression within 1e-12 relative. Period 1 returns the series.");

    public Linreg() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period];
        double mean = (period + 1) / 2.0;
        double squares = period * ((double) period * period - 1) / 12.0;
        for (int i = 0; i < period; i++) {
            w[i] = 1.0 / period + (period == 1 ? 0.0 : (period - mean) * (i + 1 - mean) / squares);
        }
        return w;
    }
}
