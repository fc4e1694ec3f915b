package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Jsa Moving Average: the mean of the value and the value period bars back, as a two-tap window. */
@AutoService(Indicator.class)
public final class Jsa extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("jsa", "Jsa Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 30, 1, "distance between the two averaged values")),
            List.of("values"), "first + period",
            "(x[t] + x[t - period]) / 2. A NaN makes the two outputs that read it NaN.");

    public Jsa() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[0];
    }

    @Override
    protected double[] weights(double[] p) {
        double[] w = new double[(int) p[0] + 1];
        w[0] = 1.0;
        w[w.length - 1] = 1.0;
        return w;
    }
}
