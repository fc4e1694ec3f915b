package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Variable Power Weighted Moving Average: weights k^power for k = 2..period (period - 1 weights, the newest
 * heaviest), as VectorTA defines it.
 */
@AutoService(Indicator.class)
public final class Vpwma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "window length").sweep(14, 263, 1);
    private static final ParamSpec.Real POWER = ParamSpec.real("power", 0.382, -1e6, 1e6,
            "exponent of the weights k^power").sweep(0.382, 0.382, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vpwma", "Variable Power Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, POWER).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The window holds period - 1 values (VectorTA's definition).")
            .build();

    public Vpwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double power = POWER.of(p);
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = Math.pow(k, power);
        }
        return w;
    }
}
