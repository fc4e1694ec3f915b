package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Symmetric Weighted Moving Average: triangular weights 1, 2, .., peak, .., 2, 1. */
@AutoService(Indicator.class)
public final class Swma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("swma", "Symmetric Weighted Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The same weights as trima (VectorTA defines both).")
            .build();

    public Swma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return Trima.triangle(PERIOD.of(p));
    }
}
