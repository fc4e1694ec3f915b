package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Ehlers' Laguerre RSI: the share of upward steps along a four-stage Laguerre filter of hl2, in [0, 1]. */
@AutoService(Indicator.class)
public final class Lrsi extends StepIndicator {
    static final ParamSpec.Real ALPHA = ParamSpec.realAbove("alpha", 0.2, 0.0, Math.nextDown(1.0),
            "filter gain, in (0, 1)")
            .sweep(0.2, 0.449, 0.001);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("lrsi", "Laguerre RSI", Category.MOMENTUM)
            .columns("high", "low").params(ALPHA).output("values", Warmup.bars(3))
            .notes("Every stage starts at the first hl2; 0 where the stages do not move. A NaN bar gives NaN and "
                    + "leaves the filter as it was.")
            .build();

    public Lrsi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double alpha = ALPHA.of(p), gamma = 1.0 - alpha;
        return new Step() {
            private double l0, l1, l2, l3;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double price = (bar[0] + bar[1]) * 0.5;
                out[0] = Double.NaN;
                if (!started) {
                    l0 = l1 = l2 = l3 = price;
                    started = true;
                    return;
                }
                if (Double.isNaN(price)) {
                    return;
                }
                double t0 = Math.fma(price - l0, alpha, l0);
                double t1 = Math.fma(gamma, l1, Math.fma(-gamma, t0, l0));
                double t2 = Math.fma(gamma, l2, Math.fma(-gamma, t1, l1));
                double t3 = Math.fma(gamma, l3, Math.fma(-gamma, t2, l2));
                double d01 = t0 - t1, d12 = t1 - t2, d23 = t2 - t3;
                double a01 = Math.abs(d01), a12 = Math.abs(d12), a23 = Math.abs(d23), total = a01 + a12 + a23;
                double up = 0.5 * (d01 + a01 + d12 + a12 + d23 + a23);
                out[0] = total <= Math.ulp(1.0) ? 0.0 : Math.max(0.0, Math.min(1.0, up / total));
                l0 = t0;
                l1 = t1;
                l2 = t2;
                l3 = t3;
            }
        };
    }
}
