package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Triangular Moving Average: the SMA of an SMA, as one triangular window (the same values up to rounding). */
@AutoService(Indicator.class)
public final class Trima extends WeightedAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("trima", "Triangular Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 30, 4, "window length (VectorTA rejects 3 and below)")),
            List.of("values"), "first + period - 1",
            "Computed as one triangular weighted window rather than two running sums: equal to VectorTA within 1e-12 relative.");

    public Trima() {
        super(SPEC);
    }

    @Override
    protected double[] weights(double[] p) {
        return triangle((int) p[0]);
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
