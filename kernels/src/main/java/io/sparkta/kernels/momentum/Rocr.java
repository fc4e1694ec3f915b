package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Rate of Change Ratio: the price over the price {@code period} bars earlier. */
@AutoService(Indicator.class)
public final class Rocr extends LaggedChange {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "lag in bars").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rocr", "Rate of Change Ratio", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("x[t] / x[t - period]; 0 where the earlier price is 0 or NaN, as in VectorTA.")
            .build();

    public Rocr() {
        super(SPEC, PERIOD);
    }

    @Override
    double change(double now, double before) {
        return before == 0 || Double.isNaN(before) ? 0.0 : now / before;
    }
}
