package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Arnaud Legoux Moving Average: a Gaussian-weighted window whose peak sits at {@code offset * (period - 1)}
 * (0 = oldest bar, 1 = newest). SIMD computes several outputs per vector, bit-identical to scalar.
 */
@AutoService(Indicator.class)
public final class Alma extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    private static final ParamSpec.Real OFFSET = ParamSpec.real("offset", 0.85, 0.0, 1.0,
            "position of the Gaussian peak in the window").sweep(0.85, 0.85, 0.0);
    private static final ParamSpec.Real SIGMA = ParamSpec.realAbove("sigma", 6.0, 0.0, Double.POSITIVE_INFINITY,
            "sharpness: the Gaussian's width is period / sigma").sweep(6.0, 6.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("alma", "Arnaud Legoux Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, OFFSET, SIGMA).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; outputs recover once it leaves the window. "
                    + "Unlike VectorTA, a NaN sigma is rejected rather than giving all-NaN output.")
            .build();

    public Alma() {
        super(SPEC);
    }

    /** Gaussian weights, index 0 for the oldest value (unnormalised). */
    @Override
    protected double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double m = OFFSET.of(p) * (period - 1);
        double s = period / SIGMA.of(p);
        double inv = 1.0 / (2.0 * s * s);
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            double d = i - m;
            w[i] = Math.exp(-(d * d) * inv);
        }
        return w;
    }
}
