package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Balance of Power: the bar's body as a share of its range. */
@AutoService(Indicator.class)
public final class Bop extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("bop", "Balance of Power", Category.MOMENTUM)
            .columns("open", "high", "low", "close").output("values", Warmup.none())
            .notes("(close - open) / (high - low); 0 where the range is zero or negative, as in VectorTA.")
            .build();

    public Bop() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> {
            double range = bar[1] - bar[2];
            out[0] = range <= 0 ? 0.0 : (bar[3] - bar[0]) / range;
        };
    }
}
