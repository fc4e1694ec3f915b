package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Fibonacci Weighted Moving Average: weights 1, 1, 2, 3, 5, .., the newest heaviest. */
@AutoService(Indicator.class)
public final class Fwma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("fwma", "Fibonacci Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Periods above about 1470 overflow the Fibonacci numbers in doubles and give NaN outputs.")
            .build();

    public Fwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            w[i] = i < 2 ? 1.0 : w[i - 1] + w[i - 2];
        }
        return w;
    }
}
