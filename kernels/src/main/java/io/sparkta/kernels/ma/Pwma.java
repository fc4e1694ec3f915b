package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Pascal's Weighted Moving Average: binomial weights C(period - 1, i). */
@AutoService(Indicator.class)
public final class Pwma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("pwma", "Pascal's Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 5, 1, "window length")),
            List.of("values"), "first + period - 1",
            "Periods above 1029 overflow the binomial coefficients in doubles and give NaN outputs.");

    public Pwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period];
        w[0] = 1.0;
        for (int i = 1; i < period; i++) {
            w[i] = w[i - 1] * (period - i) / i;
        }
        return w;
    }
}
