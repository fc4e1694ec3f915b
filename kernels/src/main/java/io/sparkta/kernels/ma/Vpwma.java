package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Variable Power Weighted Moving Average: weights Math.pow(k, p[1]) for k = 2..period (period - 1 weights, the newest heaviest), as VectorTA defines it. */
@AutoService(Indicator.class)
public final class Vpwma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("vpwma", "Variable Power Weighted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 14, 2, "window length"),
                    ParamSpec.real("power", 0.382, -1e6, 1e6, "exponent of the weights k^power")),
            List.of("values"), "first + period - 1",
            "The window holds period - 1 values (VectorTA's definition).");

    public Vpwma() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double[] w = new double[period - 1];
        for (int k = 2; k <= period; k++) {
            w[k - 2] = Math.pow(k, p[1]);
        }
        return w;
    }
}
