package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.TrueRangeScan;

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

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        int period = PERIOD.of(p), n = close.length, seeded = first + period - 1;
        double scale = 1.0 / period;
        double atr = high[first] - low[first];
        for (int t = first + 1; t <= seeded; t++) {
            atr += TrueRangeScan.trueRange(high[t], low[t], close[t - 1]);
        }
        atr *= scale;
        values[offset + seeded] = percent(atr, close[seeded]);
        for (int t = seeded + 1; t < n; t++) {
            atr = Math.fma(TrueRangeScan.trueRange(high[t], low[t], close[t - 1]) - atr, scale, atr);
            values[offset + t] = percent(atr, close[t]);
        }
    }

    private static double percent(double atr, double close) {
        return Double.isFinite(close) && close != 0.0 ? (atr / close) * 100.0 : Double.NaN;
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
                double tr = bars == 0 ? h - l : TrueRangeScan.trueRange(h, l, previousClose);
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
                out[0] = percent(atr, c);
            }
        };
    }
}
