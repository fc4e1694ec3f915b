package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Square Weighted Moving Average: weights k * k for k = 2..period (period - 1 weights, the newest heaviest), as VectorTA defines it. */
@AutoService(Indicator.class)
public final class Sqwma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("sqwma", "Square Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 14, 2, "window length")),
            List.of("values"), "first + period + 1",
            "The window holds period - 1 values; outputs start two bars later than it allows (VectorTA's rule).");

    public Sqwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = (double) k * k;
        }
        return w;
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[0] + 1;
    }
}
