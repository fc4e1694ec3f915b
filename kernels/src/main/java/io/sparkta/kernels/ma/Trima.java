package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Triangular Moving Average: the SMA of an SMA, as one triangular window (the same values up to rounding). */
@AutoService(Indicator.class)
public final class Trima extends WeightedAverage {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 4,
            "window length (VectorTA rejects 3 and below)").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("trima", "Triangular Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Computed as one triangular weighted window rather than two running sums: equal to VectorTA within "
                    + "1e-12 relative.")
            .build();

    public Trima() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return triangle(PERIOD.of(p));
    }

    /** min(i + 1, period - i): 1, 2, .., peak, .., 2, 1. */
    static double[] triangle(int period) {
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            w[i] = Math.min(i + 1, period - i);
        }
        return w;
    }
}
