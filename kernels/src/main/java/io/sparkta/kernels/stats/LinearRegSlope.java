package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Slope of the least-squares line through the window, per bar. */
@AutoService(Indicator.class)
public final class LinearRegSlope extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("linearreg_slope", "Linear Regression Slope",
                    Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Sums of y and x*y (x = 1 for the oldest bar) kept with Kahan compensation and slid in O(1) "
                    + "per bar, as VectorTA keeps them; slopes within 1.1e-8 of zero are written as 0. A NaN "
                    + "makes the windows holding it NaN; the sums are rebuilt once it has left.")
            .build();

    public LinearRegSlope() {
        super(SPEC);
    }

    /** The step's sums on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        int period = PERIOD.of(p);
        double[] values = out[0];
        RegressionSums.slopes(in[0], first, period, false, values, offset);
        for (int t = offset + first + period - 1; t < offset + in[0].length; t++) {
            values[t] = zeroed(values[t]);
        }
    }

    private static double zeroed(double slope) {
        return Math.abs(slope) <= 1.1e-8 ? 0.0 : slope;
    }

    @Override
    protected Step start(double[] p) {
        RegressionSums sums = new RegressionSums(PERIOD.of(p), false);
        return (bar, out) -> out[0] = zeroed(sums.slope(bar[0]));
    }
}
