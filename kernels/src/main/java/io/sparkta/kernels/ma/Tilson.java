package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;

/** Tilson T3: six chained EMAs combined with the volume factor v (c1 e6 + c2 e5 + c3 e4 + c4 e3). */
@AutoService(Indicator.class)
public final class Tilson extends EmaChain {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "smoothing length").sweep(5, 254, 1);
    private static final ParamSpec.Real VOLUME_FACTOR = ParamSpec.real("volume_factor", 0.0, -1e6, 1e6,
            "the T3 volume factor v (0.7 in Tilson's paper)").sweep(0.0, 0.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("tilson", "Tilson T3 Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, VOLUME_FACTOR)
            .output("values", Warmup.custom("6*(period - 1)", p -> 6 * (PERIOD.of(p) - 1)))
            .notes("As VectorTA (and TA-Lib's T3): each EMA is seeded with the mean of its input's first period "
                    + "values, the first from the first valid value, each next one from the bar where the previous "
                    + "seed is complete; outputs start at first + 6 (period - 1). A NaN input carries the last value "
                    + "forward (VectorTA lets it propagate).")
            .build();

    public Tilson() {
        super(SPEC, PERIOD, 6, EmaChainRows.Seed.STAGGERED_MEAN);
    }

    @Override
    protected double[] coefficients(double[] p) {
        double v = VOLUME_FACTOR.of(p), v2 = v * v, v3 = v2 * v;
        double c1 = -v3, c2 = 3.0 * v2 + 3.0 * v3, c3 = -6.0 * v2 - 3.0 * v - 3.0 * v3, c4 = 1.0 + 3.0 * v + v3 + 3.0 * v2;
        return new double[] {0.0, 0.0, c4, c3, c2, c1}; // c4 e3 + c3 e4 + c2 e5 + c1 e6
    }
}
