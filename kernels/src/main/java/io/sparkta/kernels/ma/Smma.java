package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Smoothed Moving Average (Wilder's RMA seeded with an SMA): S = S' (p - 1) / p + x / p. */
@AutoService(Indicator.class)
public final class Smma extends MeanSeededSmoothing {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 7, 1, "smoothing length").sweep(7, 256, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("smma", "Smoothed Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Seed: the plain mean of the first period values. A NaN after the first valid value makes every "
                    + "later output NaN, as in VectorTA (the recursion cannot recover).")
            .build();

    public Smma() {
        super(SPEC, PERIOD);
    }
}
