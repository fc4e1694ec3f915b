package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Momentum: the change of the price over the last {@code period} bars. */
@AutoService(Indicator.class)
public final class Mom extends LaggedChange {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "lag in bars").sweep(10, 259, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mom", "Momentum", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("x[t] - x[t - period].")
            .build();

    public Mom() {
        super(SPEC, PERIOD);
    }

    @Override
    double change(double now, double before) {
        return now - before;
    }
}
