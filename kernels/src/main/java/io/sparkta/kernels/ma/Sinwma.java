package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Sine Weighted Moving Average: weights sin(k * pi / (period + 1)) for k = 1..period. */
@AutoService(Indicator.class)
public final class Sinwma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sinwma", "Sine Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; outputs recover once it has left.")
            .build();

    public Sinwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            w[i] = Math.sin((i + 1) * Math.PI / (period + 1));
        }
        return w;
    }
}
