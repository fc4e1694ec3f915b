package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Square Weighted Moving Average: weights k * k for k = 2..period (period - 1 weights, the newest heaviest), as VectorTA defines it. */
@AutoService(Indicator.class)
public final class Sqwma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sqwma", "Square Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(1))
            .notes("The window holds period - 1 values; outputs start two bars later than it allows (VectorTA's rule).")
            .build();

    public Sqwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = (double) k * k;
        }
        return w;
    }

    /** VectorTA checks period valid values, not the warm-up's. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }
}
