package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Zero-Lag EMA: the EMA of 2 x - x[lag] with lag = (period - 1) / 2. Seeded with the first value, it smooths x
 * itself until lag values precede x.
 */
@AutoService(Indicator.class)
public final class Zlema extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("zlema", "Zero-Lag Exponential Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("As VectorTA: the EMA is seeded with the first valid value and takes x itself for the next lag - 1 "
                    + "bars, 2 x - x[lag] from then on; outputs start at first + period - 1. A NaN after the first "
                    + "valid value makes later outputs NaN.")
            .build();

    public Zlema() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), lag = (period - 1) / 2;
        double alpha = 2.0 / (period + 1);
        return new Step() {
            private final double[] ring = new double[lag + 1];
            private int seen, at; // at: the slot of x[t] (slots wrap by comparison, not remainder)
            private double z;

            @Override
            public double next(double x) {
                ring[at] = x;
                at = at == lag ? 0 : at + 1;
                double lagged = ring[at]; // x[t - lag], once lag values precede x
                double y = seen < lag ? x : 2.0 * x - lagged;
                z = seen == 0 ? x : alpha * y + (1.0 - alpha) * z;
                if (seen <= lag) { // counts no further than it needs to tell the phases apart
                    seen++;
                }
                return z;
            }
        };
    }
}
