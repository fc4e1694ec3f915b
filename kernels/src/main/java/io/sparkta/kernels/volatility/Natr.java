package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Normalized Average True Range: Wilder's ATR as a percentage of the close. */
@AutoService(Indicator.class)
public final class Natr extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("natr", "Normalized Average True Range",
                    Category.VOLATILITY)
            .columns("high", "low", "close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("100 * ATR / close. The first true range is high - low; the ATR is seeded with the mean of "
                    + "the first period true ranges, then atr += (tr - atr) / period by fused multiply-add, as "
                    + "VectorTA does. NaN where the close is 0. O(1) per bar; a NaN bar makes later values NaN.")
            .build();

    public Natr() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double scale = 1.0 / period;
        return new Step() {
            private double previousClose, atr;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], c = bar[2];
                double tr = bars == 0 ? h - l
                        : Math.max(Math.max(h - l, Math.abs(h - previousClose)), Math.abs(l - previousClose));
                previousClose = c;
                if (++bars <= period) {
                    atr += tr; // the sum of the first true ranges, then their mean
                    if (bars < period) {
                        return;
                    }
                    atr *= scale;
                } else {
                    atr = Math.fma(tr - atr, scale, atr);
                }
                out[0] = Double.isFinite(c) && c != 0.0 ? (atr / c) * 100.0 : Double.NaN;
            }
        };
    }
}
