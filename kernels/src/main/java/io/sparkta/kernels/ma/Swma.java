package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Symmetric Weighted Moving Average: triangular weights 1, 2, .., peak, .., 2, 1. */
@AutoService(Indicator.class)
public final class Swma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("swma", "Symmetric Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 5, 1, "window length")),
            List.of("values"), "first + period - 1",
            "The same weights as trima (VectorTA defines both).");

    public Swma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return Trima.triangle((int) p[0]);
    }
}
