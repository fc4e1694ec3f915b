package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** On-Balance Volume: the running sum of volume, added on rising closes and subtracted on falling ones. */
@AutoService(Indicator.class)
public final class Obv extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("obv", "On-Balance Volume", Category.VOLUME)
            .columns("close", "volume").output("values", Warmup.none())
            .notes("0 on the first valid bar, as VectorTA (TA-Lib starts at that bar's volume, a constant offset). "
                    + "An unchanged or NaN close adds nothing; a NaN volume makes later values NaN.")
            .build();

    public Obv() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double previous = Double.NaN, obv;

            @Override
            public void next(double[] bar, double[] out) {
                double close = bar[0];
                // no direction on the first bar (no previous close), so the sum starts at 0
                double direction = (close > previous ? 1 : 0) - (close < previous ? 1 : 0);
                obv = Math.fma(bar[1], direction, obv);
                previous = close;
                out[0] = obv;
            }
        };
    }
}
