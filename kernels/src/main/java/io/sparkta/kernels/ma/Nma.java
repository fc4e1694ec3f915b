package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Sloman's Natural Moving Average as VectorTA computes it. The ratio weighs the absolute changes of
 * 1000 ln(x) over the window, newest first, by sqrt(i + 1) - sqrt(i):
 * {@code r = sum(|dln_i| w_i) / sum(|dln_i|)} (0 when nothing changed), and the output at t blends the two
 * oldest values the window spans, {@code x[t-p+1] r + x[t-p] (1 - r)}. (Sloman's own NMA blends the newest
 * value with the previous average; VectorTA's reference values fit this form exactly, to the last bit.)
 */
@AutoService(Indicator.class)
public final class Nma extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 40, 1,
            "number of log changes weighed").sweep(40, 289, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("nma", "Natural Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("Needs period + 1 values (period changes). Output at t: x[t-p+1] r + x[t-p] (1 - r), the blend "
                    + "VectorTA's reference values fit exactly (Sloman's original blends the newest value with "
                    + "the previous average instead). A window of equal values gives x[t-p]. Values must be "
                    + "positive (logarithms): a NaN or non-positive value makes the outputs whose window "
                    + "reaches it NaN; there is no recursion, so later outputs recover.")
            .build();

    public Nma() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), size = period + 1;
        double[] weights = new double[period];
        for (int i = 0; i < period; i++) {
            weights[i] = Math.sqrt(i + 1) - Math.sqrt(i);
        }
        return new Step() {
            // Slot rings of the last period + 1 values and of the changes into each of them; newest is x[t]'s.
            private final double[] values = new double[size], changes = new double[size];
            private double previousLog = Double.NaN;
            private int t, newest = -1;

            @Override
            public double next(double x) {
                newest = newest == size - 1 ? 0 : newest + 1;
                values[newest] = x;
                double log = Math.log(x) * 1000.0;
                changes[newest] = Math.abs(log - previousLog);
                previousLog = log;
                if (t++ < period) {
                    return Double.NaN;
                }
                double weighted = 0.0, total = 0.0;
                int at = newest;
                for (int i = 0; i < period; i++) {
                    weighted += changes[at] * weights[i];
                    total += changes[at];
                    at = at == 0 ? size - 1 : at - 1;
                }
                // at is now the oldest slot, x[t-p]; the one after it holds x[t-p+1]
                double ratio = total != 0.0 ? weighted / total : 0.0;
                double oldest = values[at], second = values[at == size - 1 ? 0 : at + 1];
                return second * ratio + oldest * (1.0 - ratio);
            }
        };
    }
}
