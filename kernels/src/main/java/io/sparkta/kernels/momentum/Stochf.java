package io.sparkta.kernels.momentum;

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

/** Fast Stochastic: where the close sits in the window's high-low range (%K), and its simple average (%D). */
@AutoService(Indicator.class)
public final class Stochf extends StepIndicator {
    static final ParamSpec.Int FASTK = ParamSpec.period("fastk_period", 5, 1, "%K window").sweep(5, 254, 1);
    static final ParamSpec.Int FASTD = ParamSpec.period("fastd_period", 3, 1, "%D average length").sweep(3, 3, 0);
    static final ParamSpec.Int MATYPE = ParamSpec.integer("fastd_matype", 0, 0, 0,
            "average of %D: 0 simple (VectorTA computes no other; it leaves %D NaN for the rest)");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("stochf", "Fast Stochastic", Category.MOMENTUM)
            .columns("high", "low", "close").params(FASTK, FASTD, MATYPE)
            .output("k", Warmup.of(FASTK).plus(-1)).output("d", Warmup.of(FASTK).plus(FASTD).plus(-2))
            .notes("%K = 100 * (close - lowest low) / (highest high - lowest low); where the range is zero, 100 if "
                    + "the close is the high, else 0. NaN highs and lows are passed over in the window. %D is the "
                    + "running mean of the last fastd_period %K; a NaN %K is NaN in %D and not counted, as in "
                    + "VectorTA.")
            .build();

    public Stochf() {
        super(SPEC);
    }

    /**
     * The step's arithmetic in one loop over the arrays (%D as a running mean, as the step keeps it for a %K
     * that is never NaN); a series with a value that is not finite runs the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!FiniteInputs.from(in, first)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] close = in[2], k = out[0], d = out[1];
        int fastk = FASTK.of(p);
        HighLowScan window = new HighLowScan(in[0], in[1], fastk);
        RunningMean ks = new RunningMean(FASTD.of(p));
        for (int t = first + fastk - 1; t < close.length; t++) {
            window.endAt(t);
            double fastK = fastK(close[t], window.highest(), window.lowest());
            k[offset + t] = fastK;
            d[offset + t] = ks.next(fastK);
        }
    }

    @Override
    protected Step start(double[] p) {
        int fastk = FASTK.of(p), fastd = FASTD.of(p);
        RollingExtremes highs = new RollingExtremes(fastk), lows = new RollingExtremes(fastk);
        double[] ks = new double[fastd];
        return new Step() {
            private double sum;
            private int bars, counted, filled;

            @Override
            public void next(double[] bar, double[] out) {
                double close = bar[2];
                // a NaN never wins the comparisons VectorTA takes its extremes with
                highs.push(Double.isNaN(bar[0]) ? Double.NEGATIVE_INFINITY : bar[0]);
                lows.push(Double.isNaN(bar[1]) ? Double.POSITIVE_INFINITY : bar[1]);
                if (++bars < fastk) {
                    return;
                }
                double k = fastK(close, highs.max(), lows.min());
                out[0] = k;
                // %D over the %K series: ks holds the last fastd of them, NaN included
                int slot = filled++ % fastd;
                double leaving = ks[slot];
                ks[slot] = k;
                if (Double.isNaN(k)) {
                    out[1] = Double.NaN;
                } else if (counted < fastd) {
                    sum += k;
                    out[1] = ++counted == fastd ? sum / fastd : Double.NaN;
                } else {
                    sum += k - leaving;
                    out[1] = sum / fastd;
                }
            }
        };
    }

    /** Where the close sits in the window's range, in percent. */
    private static double fastK(double close, double highest, double lowest) {
        double range = highest - lowest;
        if (range == 0) {
            return close == highest ? 100.0 : 0.0;
        }
        double scale = 100.0 / range;
        return Math.fma(close, scale, -lowest * scale);
    }
}
