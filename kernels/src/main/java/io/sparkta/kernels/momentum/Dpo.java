package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Detrended Price Oscillator: the price period / 2 + 1 bars back minus the current simple average. */
@AutoService(Indicator.class)
public final class Dpo extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "average length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dpo", "Detrended Price Oscillator",
                    Category.MOMENTUM)
            .source("close").params(PERIOD)
            .output("values", Warmup.custom("max(period - 1, period / 2 + 1)",
                    p -> Math.max(PERIOD.of(p) - 1, PERIOD.of(p) / 2 + 1)))
            .notes("x[t - (period / 2 + 1)] - SMA(period)[t]. VectorTA takes max(first + period - 1, period / 2 "
                    + "+ 1) as its first output, so with leading NaNs and period <= 2 it reads a NaN there; here the "
                    + "lag is always counted from the first valid value.")
            .build();

    public Dpo() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), back = period / 2 + 1, size = Math.max(period, back) + 1;
        double scale = 1.0 / period;
        double[] ring = new double[size];
        return new Step() {
            private double sum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                int t = bars++;
                ring[t % size] = x;
                // the running sum adds the new value before it drops the old one, as VectorTA's does
                sum = t < period ? sum + x : (sum + x) - ring[(t - period) % size];
                out[0] = t < back ? Double.NaN : Math.fma(sum, -scale, ring[(t - back) % size]); // NaN: no lag yet
            }
        };
    }
}
