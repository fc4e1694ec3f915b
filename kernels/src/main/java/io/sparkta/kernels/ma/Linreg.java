package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Linear Regression: the least-squares line over the window, evaluated at its newest bar, as a fixed weighted window. */
@AutoService(Indicator.class)
public final class Linreg extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("linreg", "Linear Regression",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The least-squares end point written as weights 1/p + (p - m)(k - m)/S (m the mean of 1..p, S the "
                    + "sum of squared deviations); equal to the regression within 1e-12 relative. Period 1 returns the "
                    + "series.")
            .build();

    public Linreg() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        double mean = (period + 1) / 2.0;
        double squares = period * ((double) period * period - 1) / 12.0;
        for (int i = 0; i < period; i++) {
            w[i] = 1.0 / period + (period == 1 ? 0.0 : (period - mean) * (i + 1 - mean) / squares);
        }
        return w;
    }
}
