package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;

/** Exponential Moving Average, as VectorTA defines it: no warm-up (a running mean for the first period bars), then alpha = 2 / (period + 1). */
@AutoService(Indicator.class)
public final class Ema extends EmaChain {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "smoothing length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ema", "Exponential Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.none())
            .notes("Differs from TA-Lib, which starts at first + period - 1 with an SMA seed: VectorTA outputs from "
                    + "the first valid value, the running mean of the values so far for the first period bars. A NaN "
                    + "input carries the last value forward (VectorTA skips non-finite inputs).")
            .build();

    public Ema() {
        super(SPEC, PERIOD, 1, EmaChainRows.Seed.RUNNING_MEAN);
    }

    @Override
    protected double[] coefficients(double[] p) {
        return new double[] {1.0};
    }
}
