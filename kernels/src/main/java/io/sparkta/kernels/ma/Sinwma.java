package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Sine Weighted Moving Average: weights sin(k * pi / (period + 1)) for k = 1..period. */
@AutoService(Indicator.class)
public final class Sinwma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("sinwma", "Sine Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 14, 1, "window length")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; outputs recover once it has left.");

    public Sinwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            w[i] = Math.sin((i + 1) * Math.PI / (period + 1));
        }
        return w;
    }
}
