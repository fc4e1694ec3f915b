package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Qstick: the simple average of close - open. */
@AutoService(Indicator.class)
public final class Qstick extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "average length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("qstick", "Qstick", Category.MOMENTUM)
            .columns("open", "close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("SMA(close - open) as a running sum.")
            .build();

    public Qstick() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double inv = 1.0 / period;
        double[] bodies = new double[period];
        return new Step() {
            private double sum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double body = bar[1] - bar[0];
                int slot = bars % period;
                // the new body is added before the leaving one is taken off, as VectorTA's sum rounds
                sum = bars++ < period ? sum + body : (sum + body) - bodies[slot];
                bodies[slot] = body;
                out[0] = period == 1 ? body : sum * inv;
            }
        };
    }
}
