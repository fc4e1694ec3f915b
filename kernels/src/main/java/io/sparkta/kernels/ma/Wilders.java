package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Wilder's moving average: seeded with the mean of the first period values, then w = w' (p - 1) / p + x / p,
 * the same average as {@link Smma}.
 */
@AutoService(Indicator.class)
public final class Wilders extends MeanSeededSmoothing {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "smoothing length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wilders", "Wilder's Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN after the first valid value makes every later output NaN (the recursion cannot recover).")
            .build();

    public Wilders() {
        super(SPEC, PERIOD);
    }
}
