package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** End Point Moving Average: weights k - offset for k = 2..period, the newest heaviest. */
@AutoService(Indicator.class)
public final class Epma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 11, 2, "window length").sweep(11, 260, 1);
    private static final ParamSpec.Int OFFSET = ParamSpec.integer("offset", 4, 0, Integer.MAX_VALUE,
            "shift of the weights; below period").sweep(4, 4, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("epma", "End Point Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, OFFSET).output("values", Warmup.of(PERIOD).plus(OFFSET).plus(1))
            .notes("The window holds period - 1 values; outputs start at first + period + offset + 1 (VectorTA's "
                    + "rule). offset must be below period.")
            .build();

    public Epma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p), offset = OFFSET.of(p);
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = k - offset;
        }
        return w;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        int period = PERIOD.of(p), offset = OFFSET.of(p);
        if (offset >= period) {
            throw new IndicatorException(spec().id(), ErrorKind.INVALID_PARAMETER,
                    "invalid offset = " + offset + " for period " + period + " (valid: 0.." + (period - 1) + ")");
        }
        super.checkData(n, first, p);
    }
}
