package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Kaufman's Efficiency Ratio: the net change over a window per unit of the path travelled within it. */
@AutoService(Indicator.class)
public final class Er extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length, in values")
            .sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("er", "Kaufman Efficiency Ratio",
                    Category.TREND)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("|x[t] - x[t - period + 1]| over the sum of the period - 1 absolute changes between them, at "
                    + "most 1; 0 where the series did not move. The sum is kept running (add the newest change, "
                    + "then drop the oldest), as VectorTA does.")
            .build();

    public Er() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), size = period + 1;
        double[] values = new double[size]; // the last period + 1 values, by bar number modulo size
        return new Step() {
            private double path;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                int k = bars++;
                double x = bar[0];
                values[k % size] = x;
                if (k >= period) {
                    double dropped = Math.abs(values[(k - period + 1) % size] - values[(k - period) % size]);
                    path = path + Math.abs(x - values[(k - 1) % size]) - dropped;
                } else if (k > 0) {
                    path += Math.abs(x - values[(k - 1) % size]);
                }
                if (k >= period - 1) {
                    double net = Math.abs(x - values[(k - period + 1) % size]);
                    out[0] = path > 0 ? Math.min(net / path, 1.0) : 0.0;
                }
            }
        };
    }
}
