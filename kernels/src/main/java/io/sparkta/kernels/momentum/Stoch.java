package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.stats.FiniteInputs;
import io.sparkta.kernels.stats.HighLowScan;

/** Slow Stochastic: where the close sits in the fastk_period range, in percent, averaged (%K) and again (%D). */
@AutoService(Indicator.class)
public final class Stoch extends StepIndicator {
    static final ParamSpec.Int FASTK = ParamSpec.period("fastk_period", 14, 1, "range length").sweep(14, 263, 1);
    static final ParamSpec.Int SLOWK = ParamSpec.period("slowk_period", 3, 1, "%K average length").sweep(3, 3, 0);
    static final ParamSpec.Choice SLOWK_MA = ParamSpec.choice("slowk_ma_type", "sma", MovingAverages::names,
            "%K average");
    static final ParamSpec.Int SLOWD = ParamSpec.period("slowd_period", 3, 1, "%D average length").sweep(3, 3, 0);
    static final ParamSpec.Choice SLOWD_MA = ParamSpec.choice("slowd_ma_type", "sma", MovingAverages::names,
            "%D average");
    private static final Warmup K = Warmup.custom("fastk_period + slowk_period - 2 with sma (or ema for both); "
            + "else fastk_period - 1 + the slowk average's warm-up",
            p -> FASTK.of(p) - 1 + averageWarmup(p, SLOWK_MA, SLOWK));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("stoch", "Stochastic Oscillator", Category.MOMENTUM)
            .columns("high", "low", "close").params(FASTK, SLOWK, SLOWK_MA, SLOWD, SLOWD_MA)
            .output("k", K)
            .output("d", Warmup.custom("fastk_period + slowk_period + slowd_period - 3 with sma "
                    + "(or ema for both); else k's + the slowd average's warm-up",
                    p -> K.at(p) + averageWarmup(p, SLOWD_MA, SLOWD)))
            .notes("Raw %K = 100 (close - lowest low) / (highest high - lowest low), 50 where the range is zero. "
                    + "Each average is the chosen one with its own warm-up, except that with ema for both, as in "
                    + "VectorTA, each is seeded with the mean of its first period values.")
            .build();

    public Stoch() {
        super(SPEC);
    }

    /**
     * With sma for both averages (the default), the step's arithmetic in one loop over the arrays: the
     * averages as the sma stream keeps them (a sum of the first period values, then adding the new one and
     * subtracting the leaving one). Other averages, and a series with a value that is not finite, run the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!SLOWK_MA.of(p).equals("sma") || !SLOWD_MA.of(p).equals("sma") || !FiniteInputs.from(in, first)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] close = in[2], k = out[0], d = out[1];
        int fastk = FASTK.of(p), slowk = SLOWK.of(p), slowd = SLOWD.of(p);
        HighLowScan window = new HighLowScan(in[0], in[1], fastk);
        WindowSum raws = new WindowSum(slowk), slowKs = new WindowSum(slowd);
        for (int t = first + fastk - 1; t < close.length; t++) {
            window.endAt(t);
            double ll = window.lowest(), range = window.highest() - ll;
            if (!raws.add(rawK(close[t], ll, range))) {
                continue;
            }
            double slowK = raws.sum() / slowk;
            k[offset + t] = slowK;
            d[offset + t] = slowKs.add(slowK) ? slowKs.sum() / slowd : Double.NaN;
        }
    }

    @Override
    protected Step start(double[] p) {
        int fastk = FASTK.of(p);
        boolean seeded = seededEmas(p);
        SeriesStep k = seeded ? new SeededEma(SLOWK.of(p), false, SeededEma.Nans.HOLD)
                : SeriesStep.movingAverage(SLOWK_MA.of(p), SLOWK.of(p));
        SeriesStep d = seeded ? new SeededEma(SLOWD.of(p), false, SeededEma.Nans.HOLD)
                : SeriesStep.movingAverage(SLOWD_MA.of(p), SLOWD.of(p));
        int kFrom = K.at(p);
        HighLowWindow window = new HighLowWindow(fastk);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                bars++;
                if (!window.push(bar[0], bar[1])) {
                    return; // the range is not full yet
                }
                double ll = window.lowest(), range = window.range();
                double slowK = k.next(rawK(bar[2], ll, range));
                out[0] = slowK;
                // %D averages %K from its first bar on (a seeded EMA counts its seed bars by position)
                out[1] = bars > kFrom ? d.next(slowK) : Double.NaN;
            }
        };
    }

    /** Where the close sits in the range, in percent. */
    private static double rawK(double close, double lowest, double range) {
        // a range below the epsilon counts as flat: the close is then taken as mid-range
        return Math.abs(range) < Math.ulp(1.0) ? 50.0 : (close - lowest) * (100.0 / range);
    }

    /** ema for both averages: VectorTA's own path, where both are seeded EMAs rather than its plain ema. */
    private static boolean seededEmas(double[] p) {
        return SLOWK_MA.of(p).equals("ema") && SLOWD_MA.of(p).equals("ema");
    }

    /** The warm-up of one average (VectorTA's own ema path keeps period - 1). */
    private static int averageWarmup(double[] p, ParamSpec.Choice type, ParamSpec.Int period) {
        return seededEmas(p) ? period.of(p) - 1 : MovingAverages.warmup(type.of(p), period.of(p));
    }
}
