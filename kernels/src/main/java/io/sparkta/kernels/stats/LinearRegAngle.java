package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** The angle, in degrees, of the least-squares line through the window: atan(slope) per bar. */
@AutoService(Indicator.class)
public final class LinearRegAngle extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("linearreg_angle", "Linear Regression Angle",
                    Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("atan of the slope, in degrees: linearreg_slope's compensated sums with x counted from the "
                    + "window's oldest bar, rebuilt from the window every period bars so that they do not drift "
                    + "(O(1) amortised per bar); slopes near 0 are not zeroed. VectorTA counts x from the start of "
                    + "the series, so its rounding depends on where the series starts. No "
                    + "whole-series reference (VectorTA exports none): checked against linearreg_slope and a "
                    + "direct fit instead. A NaN makes the windows holding it NaN.")
            .build();

    public LinearRegAngle() {
        super(SPEC);
    }

    /** The step's sums on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        int period = PERIOD.of(p);
        double[] values = out[0];
        RegressionSums.slopes(in[0], first, period, true, values, offset);
        for (int t = offset + first + period - 1; t < offset + in[0].length; t++) {
            values[t] = Math.toDegrees(Math.atan(values[t]));
        }
    }

    @Override
    protected Step start(double[] p) {
        RegressionSums sums = new RegressionSums(PERIOD.of(p), true);
        return (bar, out) -> out[0] = Math.toDegrees(Math.atan(sums.slope(bar[0])));
    }
}
