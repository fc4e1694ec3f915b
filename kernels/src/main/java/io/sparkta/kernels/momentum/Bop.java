package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Balance of Power: the bar's body as a share of its range. */
@AutoService(Indicator.class)
public final class Bop extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("bop", "Balance of Power", Category.MOMENTUM)
            .columns("open", "high", "low", "close").output("values", Warmup.none())
            .notes("(close - open) / (high - low); 0 where the range is zero or negative, as in VectorTA.")
            .build();

    public Bop() {
        super(SPEC);
    }

    /** The step's formula in one loop over the arrays. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] open = in[0], high = in[1], low = in[2], close = in[3], values = out[0];
        for (int t = first; t < open.length; t++) {
            values[offset + t] = balance(open[t], high[t], low[t], close[t]);
        }
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> out[0] = balance(bar[0], bar[1], bar[2], bar[3]);
    }

    private static double balance(double open, double high, double low, double close) {
        double range = high - low;
        return range <= 0 ? 0.0 : (close - open) / range;
    }
}
