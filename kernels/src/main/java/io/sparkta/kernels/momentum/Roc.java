package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Rate of Change: the change over {@code period} bars in percent of the earlier price. */
@AutoService(Indicator.class)
public final class Roc extends LaggedChange {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "lag in bars").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("roc", "Rate of Change", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("(x[t] / x[t - period] - 1) * 100; 0 where the earlier price is 0 or NaN, as in VectorTA. "
                    + "Default period 9 (TA-Lib uses 10).")
            .build();

    public Roc() {
        super(SPEC, PERIOD);
    }

    @Override
    double change(double now, double before) {
        return before == 0 || Double.isNaN(before) ? 0.0 : Math.fma(now / before, 100.0, -100.0);
    }
}
