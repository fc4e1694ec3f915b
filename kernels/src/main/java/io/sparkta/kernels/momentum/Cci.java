package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Commodity Channel Index: the distance from the window's mean in units of 0.015 mean absolute deviations. */
@AutoService(Indicator.class)
public final class Cci extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cci", "Commodity Channel Index",
                    Category.MOMENTUM)
            .source("hlc3").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("(x - mean) / (0.015 * mean absolute deviation from the mean) over the window; 0 where the "
                    + "deviation is zero. The mean is a running sum, the deviation summed over the window each bar.")
            .build();

    public Cci() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double inv = 1.0 / period;
        double[] window = new double[period];
        return new Step() {
            private double sum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                int slot = bars % period;
                // the running sum drops the leaving value before it takes the new one, as VectorTA's does
                sum = bars++ < period ? sum + x : sum - window[slot] + x;
                window[slot] = x;
                if (bars < period) {
                    return;
                }
                double mean = sum * inv, deviation = 0;
                for (int k = 0; k < period; k++) {
                    deviation += Math.abs(window[(slot + 1 + k) % period] - mean); // oldest first
                }
                double scale = 0.015 * (deviation * inv);
                out[0] = scale == 0 ? 0.0 : (x - mean) / scale;
            }
        };
    }
}
