package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;

/** Triple Exponential Moving Average: 3 EMA - 3 EMA(EMA) + EMA(EMA(EMA)). */
@AutoService(Indicator.class)
public final class Tema extends EmaChain {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "smoothing length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("tema", "Triple Exponential Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD)
            .output("values", Warmup.custom("3*(period - 1)", p -> 3 * (PERIOD.of(p) - 1)))
            .notes("As VectorTA: the first EMA starts at the first valid value, seeded with it; the second starts "
                    + "period - 1 bars later, seeded with the first EMA's value there, the third period - 1 bars after "
                    + "that; outputs start at first + 3 (period - 1). A NaN input carries the last value forward "
                    + "(VectorTA lets it propagate).")
            .build();

    public Tema() {
        super(SPEC, PERIOD, 3, EmaChainRows.Seed.STAGGERED_FIRST_VALUE);
    }

    @Override
    protected double[] coefficients(double[] p) {
        return new double[] {3.0, -3.0, 1.0};
    }
}
