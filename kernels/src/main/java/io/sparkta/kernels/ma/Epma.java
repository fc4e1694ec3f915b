package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** End Point Moving Average: weights k - offset for k = 2..period, the newest heaviest. */
@AutoService(Indicator.class)
public final class Epma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("epma", "End Point Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 11, 2, "window length"),
                    ParamSpec.integer("offset", 4, 0, Integer.MAX_VALUE, "shift of the weights; below period")),
            List.of("values"), "first + period + offset + 1",
            "The window holds period - 1 values; outputs start at first + period + offset + 1 (VectorTA's rule). offset must be below period.");

    public Epma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = k - p[1];
        }
        return w;
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[0] + (int) p[1] + 1;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        if (p[1] >= p[0]) {
            throw new IndicatorException(spec().id(), ErrorKind.INVALID_PARAMETER,
                    "invalid offset = " + (long) p[1] + " for period " + (long) p[0] + " (valid: 0.." + ((long) p[0] - 1) + ")");
        }
        requirePeriod("period", (int) p[0], n);
        requireValid((int) p[0] + (int) p[1] + 2, n, first);
    }
}
