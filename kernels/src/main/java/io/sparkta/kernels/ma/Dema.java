package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;

/** Double Exponential Moving Average: 2 EMA - EMA(EMA). */
@AutoService(Indicator.class)
public final class Dema extends EmaChain {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 1, "smoothing length").sweep(30, 279, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dema", "Double Exponential Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("As VectorTA: both EMAs start at the first valid value, seeded with it (no running mean), and "
                    + "outputs start at first + period - 1, not at TA-Lib's 2 (period - 1). A NaN input carries "
                    + "the last value forward (VectorTA lets it propagate).")
            .build();

    public Dema() {
        super(SPEC, PERIOD, 2, EmaChainRows.Seed.FIRST_VALUE);
    }

    @Override
    protected double[] coefficients(double[] p) {
        return new double[] {2.0, -1.0};
    }
}
