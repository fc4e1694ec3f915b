package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Awesome Oscillator: the short simple average of the median price minus the long one. */
@AutoService(Indicator.class)
public final class Ao extends StepIndicator {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 5, 1, "short average length").sweep(5, 5, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 34, 1, "long average length, above short_period")
            .sweep(34, 283, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ao", "Awesome Oscillator", Category.MOMENTUM)
            .source("hl2").params(SHORT, LONG).output("values", Warmup.of(LONG).plus(-1))
            .notes("SMA(short) - SMA(long) of hl2 by default, both as running sums over the same bars.")
            .build();

    public Ao() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requireAbove(SHORT, LONG, p);
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int shortLen = SHORT.of(p), longLen = LONG.of(p);
        double invShort = 1.0 / shortLen, invLong = 1.0 / longLen;
        double[] ring = new double[longLen];
        return new Step() {
            private double shortSum, longSum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                int t = bars++;
                ring[t % longLen] = x;
                longSum += x;
                if (t >= longLen - shortLen) {
                    shortSum += x;
                }
                if (t < longLen - 1) {
                    return;
                }
                out[0] = Math.fma(shortSum, invShort, -longSum * invLong);
                // drop the oldest value of each window after the output, the order VectorTA's sums round in
                longSum -= ring[(t + 1) % longLen];
                shortSum -= ring[(t + 1 - shortLen + longLen) % longLen];
            }
        };
    }
}
