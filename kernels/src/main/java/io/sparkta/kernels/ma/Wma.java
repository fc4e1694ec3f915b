package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Weighted Moving Average: linear weights 1..period, the newest heaviest. */
@AutoService(Indicator.class)
public final class Wma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("wma", "Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 30, 2, "window length")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; outputs recover once it has left.");

    public Wma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return linear((int) p[0]);
    }
}
