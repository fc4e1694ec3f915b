package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Instantaneous Trendline: the price averaged over the measured dominant cycle (the smoothed Hilbert
 * period, rounded, at most max_dc_period), then a 4-bar WMA of those averages.
 */
@AutoService(Indicator.class)
public final class EhlersItrend extends SeriesRecursion {
    private static final ParamSpec.Int WARMUP_BARS = ParamSpec.integer("warmup_bars", 12, 0, 100_000,
            "bars written as NaN while the cycle settles").sweep(12, 12, 0);
    private static final ParamSpec.Int MAX_DC_PERIOD = ParamSpec.integer("max_dc_period", 50, 1, 100_000,
            "longest averaging period (a cap, not a window)").sweep(50, 299, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ehlers_itrend", "Ehlers Instantaneous Trendline",
                    Category.MOVING_AVERAGE)
            .source("close").params(WARMUP_BARS, MAX_DC_PERIOD).output("values", Warmup.of(WARMUP_BARS))
            .notes("Runs from the first valid value with zero state, so k leading NaNs only shift the output "
                    + "(VectorTA's kernel does not start at the first valid value). A NaN after it makes later outputs "
                    + "NaN.")
            .build();

    public EhlersItrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int maxPeriod = MAX_DC_PERIOD.of(p);
        HilbertCycle cycle = new HilbertCycle();
        return new Step() {
            private final double[] prices = new double[maxPeriod];
            private final double[] trend = new double[3];
            private double smoothPeriod;
            private int t, newest = -1;

            @Override
            public double next(double x) {
                newest = newest == maxPeriod - 1 ? 0 : newest + 1; // slots wrap by comparison, not remainder
                prices[newest] = x;
                cycle.next(x);
                smoothPeriod = 0.33 * cycle.period() + 0.67 * smoothPeriod;
                int length = Math.max(1, Math.min(maxPeriod, Math.min(t + 1, (int) (smoothPeriod + 0.5))));
                double sum = 0.0;
                for (int i = 0, at = newest; i < length; i++, at = at == 0 ? maxPeriod - 1 : at - 1) {
                    sum += prices[at];
                }
                double average = sum / length;
                double line = (4.0 * average + 3.0 * trend[0] + 2.0 * trend[1] + trend[2]) / 10.0;
                trend[2] = trend[1];
                trend[1] = trend[0];
                trend[0] = average;
                t++;
                return line;
            }
        };
    }
}
