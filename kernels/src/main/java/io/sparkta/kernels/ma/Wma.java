package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Weighted Moving Average: linear weights 1..period, the newest heaviest. */
@AutoService(Indicator.class)
public final class Wma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 2, "window length").sweep(2, 251, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wma", "Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; outputs recover once it has left.")
            .build();

    public Wma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return linear(PERIOD.of(p));
    }
}
