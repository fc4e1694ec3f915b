package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.HighLowScan;
import io.sparkta.kernels.stats.RollingExtremes;

/** Williams %R: where the close sits below the highest high of the window, in percent of its range (0..-100). */
@AutoService(Indicator.class)
public final class Willr extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("willr", "Williams %R", Category.MOMENTUM)
            .columns("high", "low", "close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("-100 * (highest high - close) / (highest high - lowest low) over the window; 0 where the "
                    + "range is zero; NaN while a NaN high or low is in the window or the close is NaN.")
            .build();

    public Willr() {
        super(SPEC);
    }

    /**
     * The step's formula in one loop over the arrays; a series with a value that is not finite runs the step.
     * The check rides along in the loop, since a sum is finite only where its terms are (a sum that overflows
     * just takes the step).
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        int period = PERIOD.of(p), firstFull = first + period - 1;
        for (int t = first; t < firstFull; t++) {
            if (!Double.isFinite(high[t] + low[t])) {
                super.computeSeries(in, first, p, vectorization, out, offset);
                return;
            }
        }
        HighLowScan window = new HighLowScan(high, low, period);
        for (int t = firstFull; t < close.length; t++) {
            if (!Double.isFinite(high[t] + low[t] + close[t])) {
                super.computeSeries(in, first, p, vectorization, out, offset);
                return;
            }
            window.endAt(t);
            double hh = window.highest(), range = hh - window.lowest();
            values[offset + t] = range == 0 ? 0.0 : -100.0 * ((hh - close[t]) / range);
        }
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        return new Step() {
            private long bars, lastGap = Long.MIN_VALUE / 2;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[0], low = bar[1], close = bar[2];
                long t = bars++;
                if (Double.isNaN(high) || Double.isNaN(low)) {
                    lastGap = t; // the window is NaN until this bar leaves it; push values that never win
                    high = Double.NEGATIVE_INFINITY;
                    low = Double.POSITIVE_INFINITY;
                }
                highs.push(high);
                lows.push(low);
                if (t - lastGap < period || Double.isNaN(close)) {
                    out[0] = Double.NaN;
                    return;
                }
                double hh = highs.max(), range = hh - lows.min();
                out[0] = range == 0 ? 0.0 : -100.0 * ((hh - close) / range);
            }
        };
    }
}
