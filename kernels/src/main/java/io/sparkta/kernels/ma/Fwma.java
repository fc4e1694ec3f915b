package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Fibonacci Weighted Moving Average: weights 1, 1, 2, 3, 5, .., the newest heaviest. */
@AutoService(Indicator.class)
public final class Fwma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("fwma", "Fibonacci Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 5, 1, "window length")),
            List.of("values"), "first + period - 1",
            "Periods above about 1470 overflow the Fibonacci numbers in doubles and give NaN outputs.");

    public Fwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            w[i] = i < 2 ? 1.0 : w[i - 1] + w[i - 2];
        }
        return w;
    }
}
