package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Absolute Price Oscillator: the short exponential average minus the long one. */
@AutoService(Indicator.class)
public final class Apo extends StepIndicator {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 10, 1, "short EMA length").sweep(10, 10, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 20, 1, "long EMA length, above short_period")
            .sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("apo", "Absolute Price Oscillator",
                    Category.MOMENTUM)
            .source("close").params(SHORT, LONG).output("values", Warmup.none())
            .notes("EMA(short) - EMA(long), both seeded with the first value, so the output starts at 0 on the "
                    + "first valid bar; long_period valid values are still required, as in VectorTA.")
            .build();

    public Apo() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requireAbove(SHORT, LONG, p);
        super.checkData(n, first, p);
        requireValid(LONG.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        double alphaShort = 2.0 / (SHORT.of(p) + 1.0), alphaLong = 2.0 / (LONG.of(p) + 1.0);
        double keepShort = 1.0 - alphaShort, keepLong = 1.0 - alphaLong;
        return new Step() {
            private double fast, slow;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (!started) {
                    started = true;
                    fast = x;
                    slow = x;
                } else {
                    fast = alphaShort * x + keepShort * fast;
                    slow = alphaLong * x + keepLong * slow;
                }
                out[0] = fast - slow;
            }
        };
    }
}
