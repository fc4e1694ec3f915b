package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.FiniteInputs;
import io.sparkta.kernels.stats.HighLowScan;
import io.sparkta.kernels.stats.RollingExtremes;

/** Midprice: halfway between the highest high and the lowest low of the last period bars. */
@AutoService(Indicator.class)
public final class Midprice extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("midprice", "Midprice over a window",
                    Category.OTHER)
            .columns("high", "low").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .build();

    public Midprice() {
        super(SPEC);
    }

    /** The step's formula in one loop over the arrays; a series with a value that is not finite runs the step. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!midRanges(in, first, PERIOD.of(p), out[0], offset)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
        }
    }

    /**
     * Writes (highest + lowest) / 2 of each full window of period bars from first on into
     * {@code values[offset + t]}, the highest taken from the first series and the lowest from the last (midpoint
     * passes its one series); returns false, writing nothing, where a value from first on is not finite.
     */
    static boolean midRanges(double[][] in, int first, int period, double[] values, int offset) {
        if (!FiniteInputs.from(in, first)) {
            return false;
        }
        double[] high = in[0], low = in[in.length - 1];
        HighLowScan window = new HighLowScan(high, low, period);
        for (int t = first + period - 1; t < high.length; t++) {
            window.endAt(t);
            values[offset + t] = (window.highest() + window.lowest()) * 0.5;
        }
        return true;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        return (bar, out) -> {
            highs.push(bar[0]);
            lows.push(bar[1]);
            out[0] = (highs.max() + lows.min()) * 0.5;
        };
    }
}
