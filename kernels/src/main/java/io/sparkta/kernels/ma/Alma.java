package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/**
 * Arnaud Legoux Moving Average: a Gaussian-weighted window whose peak sits at {@code offset * (period - 1)}
 * (0 = oldest bar, 1 = newest). SIMD computes several outputs per vector, bit-identical to scalar.
 */
@AutoService(Indicator.class)
public final class Alma extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("alma", "Arnaud Legoux Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 9, 1, "window length"),
                    ParamSpec.real("offset", 0.85, 0.0, 1.0, "position of the Gaussian peak in the window"),
                    ParamSpec.realAbove("sigma", 6.0, 0.0, Double.POSITIVE_INFINITY,
                            "sharpness: the Gaussian's width is period / sigma")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; outputs recover once it leaves the window. "
                    + "Unlike VectorTA, a NaN sigma is rejected rather than giving all-NaN output.");

    public Alma() {
        super(SPEC);
    }

    /** Gaussian weights, index 0 for the oldest value (unnormalised). */
    @Override
    protected double[] weights(double[] p) {
        int period = (int) p[0];
        double m = p[1] * (period - 1);
        double s = period / p[2];
        double inv = 1.0 / (2.0 * s * s);
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            double d = i - m;
            w[i] = Math.exp(-(d * d) * inv);
        }
        return w;
    }
}
