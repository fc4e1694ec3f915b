package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling population standard deviation, times {@code nbdev}. */
@AutoService(Indicator.class)
public final class StdDev extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    static final ParamSpec.Real NBDEV = ParamSpec.real("nbdev", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "multiplier of the deviation").sweep(1.0, 1.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("stddev", "Standard Deviation", Category.STATISTICS)
            .source("close").params(PERIOD, NBDEV).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("sqrt(E[x^2] - E[x]^2) from a running sum and sum of squares, updated by the difference "
                    + "of the entering and leaving values as VectorTA rounds them; 0 where that variance is not "
                    + "positive. O(1) per bar. A NaN makes the windows holding it NaN; the sums are rebuilt "
                    + "once it has left.")
            .build();

    public StdDev() {
        super(SPEC);
    }

    /** The step's sums on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        int period = PERIOD.of(p), n = in[0].length;
        double nbdev = NBDEV.of(p);
        double[] values = out[0];
        WindowSums.variances(in[0], first, period, WindowSums.Rounding.DIFFERENCES, 1.0, values, offset);
        int from = offset + first + period - 1, to = offset + n;
        if (Double.isFinite(nbdev)) {
            // deviation's value without its branch (0 * nbdev is 0 here), a loop the compiler vectorises
            for (int t = from; t < to; t++) {
                values[t] = Math.sqrt(Math.max(values[t], 0.0)) * nbdev;
            }
        } else {
            for (int t = from; t < to; t++) {
                values[t] = deviation(values[t], nbdev);
            }
        }
    }

    private static double deviation(double variance, double nbdev) {
        return variance <= 0.0 ? 0.0 : Math.sqrt(variance) * nbdev;
    }

    @Override
    protected Step start(double[] p) {
        WindowSums sums = new WindowSums(PERIOD.of(p), WindowSums.Rounding.DIFFERENCES);
        double nbdev = NBDEV.of(p), scale = 1.0 / PERIOD.of(p);
        return (bar, out) -> {
            if (!sums.push(bar[0])) {
                out[0] = Double.NaN;
                return;
            }
            double mean = sums.sum() * scale;
            out[0] = deviation(sums.squares() * scale - mean * mean, nbdev);
        };
    }
}
