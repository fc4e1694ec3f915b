package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Pascal's Weighted Moving Average: binomial weights C(period - 1, i). */
@AutoService(Indicator.class)
public final class Pwma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("pwma", "Pascal's Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Periods above 1029 overflow the binomial coefficients in doubles and give NaN outputs.")
            .build();

    public Pwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        w[0] = 1.0;
        for (int i = 1; i < period; i++) {
            w[i] = w[i - 1] * (period - i) / i;
        }
        return w;
    }
}
