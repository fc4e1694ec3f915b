package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.Window;

/** Chaikin's Volatility: the percent change over period bars of an EMA of high - low. */
@AutoService(Indicator.class)
public final class Cvi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "EMA length and lookback")
            .sweep(10, 259, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cvi", "Chaikin's Volatility", Category.VOLATILITY)
            .columns("high", "low").params(PERIOD).output("values", Warmup.of(PERIOD).plus(PERIOD).plus(-1))
            .notes("The EMA (alpha 2 / (period + 1)) starts at the first bar's range, not at a mean, and the "
                    + "first value is written at first + 2*period - 1, as VectorTA. O(1) per bar; a NaN makes "
                    + "later values NaN.")
            .build();

    public Cvi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double alpha = 2.0 / (period + 1.0);
        Window lagged = new Window(period);
        return new Step() {
            private double ema;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double range = bar[0] - bar[1];
                ema = started ? ema + (range - ema) * alpha : range;
                started = true;
                double old = lagged.push(ema); // the EMA period bars ago, once the ring is full
                out[0] = 100.0 * (ema - old) / old;
            }
        };
    }
}
