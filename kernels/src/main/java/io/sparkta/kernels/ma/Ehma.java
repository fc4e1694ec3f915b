package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' Hann-window moving average: weights 1 - cos(2 pi k / (period + 1)) for k = 1..period. */
@AutoService(Indicator.class)
public final class Ehma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ehma", "Ehlers Hann Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; outputs recover once it has left.")
            .build();

    public Ehma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        for (int k = 1; k <= period; k++) {
            w[k - 1] = 1.0 - Math.cos(2.0 * Math.PI * k / (period + 1));
        }
        return w;
    }
}
