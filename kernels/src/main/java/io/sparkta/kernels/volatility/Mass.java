package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.Window;

/** Mass Index: the sum over the window of EMA9(high - low) / EMA9(EMA9(high - low)). */
@AutoService(Indicator.class)
public final class Mass extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "bars of ratios summed").sweep(5, 254, 1);
    private static final double ALPHA = 2.0 / 10.0, KEEP = 1.0 - ALPHA;
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mass", "Mass Index", Category.VOLATILITY)
            .columns("high", "low").params(PERIOD).output("values", Warmup.of(PERIOD).plus(15))
            .notes("The first EMA (alpha 0.2) starts at the first bar's range; the second starts at the first "
                    + "EMA's value on the ninth bar; ratios from the seventeenth bar on, their running sum as "
                    + "VectorTA keeps it (subtract the leaving ratio, add the new). O(1) per bar; a NaN makes "
                    + "later values NaN.")
            .build();

    public Mass() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        Window ratios = new Window(PERIOD.of(p));
        return new Step() {
            private double ema1, ema2, sum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double range = bar[0] - bar[1];
                ema1 = Math.fma(bars == 0 ? range : ema1, KEEP, range * ALPHA);
                if (bars == 8) {
                    ema2 = ema1;
                }
                if (bars >= 8) {
                    ema2 = Math.fma(ema2, KEEP, ema1 * ALPHA);
                }
                if (bars++ >= 16) {
                    double ratio = ema1 / ema2;
                    sum -= ratios.push(ratio); // 0 while the ring fills
                    sum += ratio;
                    out[0] = sum;
                }
            }
        };
    }
}
