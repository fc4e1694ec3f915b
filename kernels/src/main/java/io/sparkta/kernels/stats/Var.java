package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling population variance, times {@code nbdev} squared. */
@AutoService(Indicator.class)
public final class Var extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    static final ParamSpec.Real NBDEV = ParamSpec.real("nbdev", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "the variance is scaled by its square").sweep(1.0, 1.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("var", "Variance", Category.STATISTICS)
            .source("close").params(PERIOD, NBDEV).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("E[x^2] - E[x]^2 from a running sum and sum of squares, seeded four values at a time and "
                    + "then updated by the difference of the entering and leaving values, as VectorTA rounds "
                    + "them (not clamped at 0). O(1) per bar. A NaN makes the windows holding it NaN; the sums "
                    + "are rebuilt once it has left.")
            .build();

    public Var() {
        super(SPEC);
    }

    /** The step's sums on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double nbdev = NBDEV.of(p);
        WindowSums.variances(in[0], first, PERIOD.of(p), WindowSums.Rounding.DIFFERENCES_IN_FOURS, nbdev * nbdev,
                out[0], offset);
    }

    @Override
    protected Step start(double[] p) {
        WindowSums sums = new WindowSums(PERIOD.of(p), WindowSums.Rounding.DIFFERENCES_IN_FOURS);
        double nbdev = NBDEV.of(p), scale = 1.0 / PERIOD.of(p), factor = nbdev * nbdev;
        return (bar, out) -> {
            if (!sums.push(bar[0])) {
                out[0] = Double.NaN;
                return;
            }
            double mean = sums.sum() * scale;
            out[0] = (sums.squares() * scale - mean * mean) * factor;
        };
    }
}
