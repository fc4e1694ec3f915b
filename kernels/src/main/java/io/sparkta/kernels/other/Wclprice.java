package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Weighted close price: (high + low + 2 close) / 4, the close counted twice. */
@AutoService(Indicator.class)
public final class Wclprice extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wclprice", "Weighted Close Price",
                    Category.OTHER)
            .columns("high", "low", "close").output("values", Warmup.none())
            .notes("Computed as close / 2 + (high + low) / 4 with one rounding for the product and sum, as "
                    + "VectorTA does.")
            .build();

    public Wclprice() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        for (int t = first; t < high.length; t++) {
            values[offset + t] = weighted(high[t], low[t], close[t]);
        }
    }

    private static double weighted(double high, double low, double close) {
        return Math.fma(close, 0.5, (high + low) * 0.25);
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> out[0] = weighted(bar[0], bar[1], bar[2]);
    }
}
