package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Median price: the middle of each bar's range, (high + low) / 2. */
@AutoService(Indicator.class)
public final class Medprice extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("medprice", "Median Price", Category.OTHER)
            .columns("high", "low").output("values", Warmup.none())
            .build();

    public Medprice() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], values = out[0];
        for (int t = first; t < high.length; t++) {
            values[offset + t] = (high[t] + low[t]) * 0.5;
        }
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> out[0] = (bar[0] + bar[1]) * 0.5;
    }
}
