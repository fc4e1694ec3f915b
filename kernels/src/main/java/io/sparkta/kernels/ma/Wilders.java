package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Wilder's moving average: seeded with the mean of the first period values, then w = w' (p - 1) / p + x / p,
 * the same average as {@link Smma} and computed by its kernel.
 */
@AutoService(Indicator.class)
public final class Wilders extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "smoothing length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wilders", "Wilder's Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN after the first valid value makes every later output NaN (the recursion cannot recover).")
            .build();

    public Wilders() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Smma.smooth(in[0], n, first, PERIOD.of(p), vectorization, out[0]);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        return Smma.stream(PERIOD.of(p));
    }
}
