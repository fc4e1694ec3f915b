package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Distance Coefficient Filter: each of the last period values is weighted by its summed squared
 * distance to the period - 1 values before it.
 */
@AutoService(Indicator.class)
public final class Edcf extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 15, 1, "filter length").sweep(15, 264, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("edcf", "Ehlers Distance Coefficient Filter",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(PERIOD))
            .notes("Outputs start at first + 2 period (VectorTA's rule). A window of equal values, where every "
                    + "distance is 0, gives that value. A NaN makes the outputs whose windows reach it NaN.")
            .build();

    public Edcf() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), size = 2 * period;
        return new Step() {
            private final double[] values = new double[size], distances = new double[size];
            private int t, newest = -1; // newest: the slot of x[t] (slots wrap by comparison, not remainder)

            @Override
            public double next(double x) {
                newest = newest == size - 1 ? 0 : newest + 1;
                values[newest] = x;
                double d = 0.0;
                for (int k = 1, at = previous(newest); k < period && k <= t; k++, at = previous(at)) {
                    double diff = x - values[at];
                    d += diff * diff;
                }
                distances[newest] = d;
                if (t++ < size - 2) {
                    return Double.NaN;
                }
                double weighted = 0.0, total = 0.0;
                for (int i = 1, at = newest; i <= period; i++, at = previous(at)) {
                    weighted += distances[at] * values[at];
                    total += distances[at];
                }
                return total == 0.0 ? x : weighted / total;
            }

            private int previous(int slot) {
                return slot == 0 ? size - 1 : slot - 1;
            }
        };
    }
}
