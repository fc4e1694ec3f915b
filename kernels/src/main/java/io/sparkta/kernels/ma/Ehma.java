package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Ehlers' Hann-window moving average: weights 1 - cos(2 pi k / (period + 1)) for k = 1..period. */
@AutoService(Indicator.class)
public final class Ehma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("ehma", "Ehlers Hann Moving Average",
            Category.MOVING_AVERAGE, List.of(ParamSpec.period("period", 14, 1, "window length")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; outputs recover once it has left.");

    public Ehma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period];
        for (int k = 1; k <= period; k++) {
            w[k - 1] = 1.0 - Math.cos(2.0 * Math.PI * k / (period + 1));
        }
        return w;
    }
}
