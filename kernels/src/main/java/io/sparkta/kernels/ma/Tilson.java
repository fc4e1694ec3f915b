package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.EmaChainRows;
import java.util.List;

/** Tilson T3: six chained EMAs combined with the volume factor v (c1 e6 + c2 e5 + c3 e4 + c4 e3). */
@AutoService(Indicator.class)
public final class Tilson extends EmaChain {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("tilson", "Tilson T3 Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 5, 1, "smoothing length"),
                    ParamSpec.real("volume_factor", 0.0, -1e6, 1e6, "the T3 volume factor v (0.7 in Tilson's paper)")),
            List.of("values"), "first + 6*(period - 1)",
            "As VectorTA (and TA-Lib's T3): each EMA is seeded with the mean of its input's first period values, the "
                    + "first from the first valid value, each next one from the bar where the previous seed is "
                    + "complete; outputs start at first + 6 (period - 1). A NaN input carries the last value "
                    + "forward (VectorTA lets it propagate).");

    public Tilson() {
        super(SPEC, 6, EmaChainRows.Seed.STAGGERED_MEAN);
    }

    @Override
    public int warmup(double[] p) {
        return 6 * ((int) p[0] - 1);
    }

    @Override
    protected double[] coefficients(double[] p) {
        double v = p[1], v2 = v * v, v3 = v2 * v;
        double c1 = -v3, c2 = 3.0 * v2 + 3.0 * v3, c3 = -6.0 * v2 - 3.0 * v - 3.0 * v3, c4 = 1.0 + 3.0 * v + v3 + 3.0 * v2;
        return new double[] {0.0, 0.0, c4, c3, c2, c1}; // c4 e3 + c3 e4 + c2 e5 + c1 e6
    }
}
