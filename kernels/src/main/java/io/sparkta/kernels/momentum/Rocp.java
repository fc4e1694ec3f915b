package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Rate of Change Percentage: the change over {@code period} bars as a fraction of the earlier price. */
@AutoService(Indicator.class)
public final class Rocp extends LaggedChange {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "lag in bars").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rocp", "Rate of Change Percentage",
                    Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("(x[t] - x[t - period]) / x[t - period], a fraction (not multiplied by 100); no guard "
                    + "against a zero earlier price, as in VectorTA.")
            .build();

    public Rocp() {
        super(SPEC, PERIOD);
    }

    @Override
    double change(double now, double before) {
        return (now - before) / before;
    }
}
