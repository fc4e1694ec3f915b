package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.HighLowScan;
import io.sparkta.kernels.stats.RollingExtremes;
import java.util.Arrays;
import java.util.List;

/** Stochastic RSI: where RSI sits in its own recent range, smoothed into %K and %D. */
@AutoService(Indicator.class)
public final class Srsi extends StepIndicator {
    static final ParamSpec.Int RSI_PERIOD = ParamSpec.period("rsi_period", 14, 1, "RSI length").sweep(14, 263, 1);
    static final ParamSpec.Int STOCH_PERIOD = ParamSpec.period("stoch_period", 14, 1, "range window over RSI")
            .sweep(14, 14, 0);
    static final ParamSpec.Int K = ParamSpec.period("k", 3, 1, "%K average length").sweep(3, 3, 0);
    static final ParamSpec.Int D = ParamSpec.period("d", 3, 1, "%D average length").sweep(3, 3, 0);
    static final ParamSpec.Choice SOURCE = ParamSpec.choice("source", "close",
            List.of("open", "high", "low", "close", "volume", "hl2", "hlc3", "ohlc4", "hlcc4"),
            "VectorTA's name of the price series; here the input itself is the series read");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("srsi", "Stochastic RSI", Category.MOMENTUM)
            .source("close").params(RSI_PERIOD, STOCH_PERIOD, K, D, SOURCE)
            .output("k", Warmup.of(RSI_PERIOD).plus(STOCH_PERIOD).plus(K).plus(-2))
            .output("d", Warmup.of(RSI_PERIOD).plus(STOCH_PERIOD).plus(K).plus(D).plus(-3))
            .notes("Wilder's RSI (seeded with the mean gain and loss, 100 where the average loss is 0), its "
                    + "position in the last stoch_period RSI values in percent (50 where they are all equal), "
                    + "then simple averages of k and d bars.")
            .build();

    public Srsi() {
        super(SPEC);
    }

    /**
     * The step's arithmetic in three loops over the arrays: the RSI (its gain and loss taken as
     * {@code max(change, 0)} and {@code max(-change, 0)}, no branch on the change's sign) into the d output, which
     * serves as its buffer; its range by {@link HighLowScan} and the %K average into the k output; then the %D
     * average of k into d. A series that is not finite is found by the RSI's pass and run through the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], k = out[0], d = out[1];
        int n = x.length, rsiPeriod = RSI_PERIOD.of(p), stochPeriod = STOCH_PERIOD.of(p);
        int rsiFrom = first + rsiPeriod, stochFrom = rsiFrom + stochPeriod - 1;
        if (!rsiInto(x, first, rsiPeriod, d, offset)) {
            Arrays.fill(d, offset + Math.min(n, rsiFrom), offset + n, Double.NaN); // the buffer over d's warm-up
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        HighLowScan range = new HighLowScan(d, d, stochPeriod);
        int kLength = K.of(p), slot = 0;
        double[] raws = new double[kLength];
        double sum = 0.0;
        Arrays.fill(k, offset + Math.min(n, rsiFrom), offset + Math.min(n, stochFrom), Double.NaN);
        for (int t = stochFrom; t < n; t++) {
            range.endAt(offset + t);
            double hi = range.highest(), lo = range.lowest(), rsi = d[offset + t];
            double raw = hi > lo ? 100.0 * (rsi - lo) / (hi - lo) : 50.0;
            int seen = t - stochFrom;
            sum = seen < kLength ? sum + raw : sum + (raw - raws[slot]); // RunningMean's rounding
            raws[slot] = raw;
            slot = slot + 1 == kLength ? 0 : slot + 1;
            k[offset + t] = seen + 1 < kLength ? Double.NaN : sum / kLength;
        }
        meansInto(k, offset + stochFrom + kLength - 1, offset + n, D.of(p), d, offset + rsiFrom);
    }

    /**
     * Wilder's RSI of x from first on, into out[offset + t] from t = first + period; false where x was not finite
     * (a change that is not finite leaves the average gain or loss infinite or NaN for good), the values then void.
     */
    private static boolean rsiInto(double[] x, int first, int period, double[] out, int offset) {
        int n = x.length;
        if (first + period >= n) {
            return true;
        }
        double alpha = 1.0 / period, keep = 1.0 - alpha, gain = 0.0, loss = 0.0;
        for (int t = first + 1; t <= first + period; t++) {
            double change = x[t] - x[t - 1];
            gain += Math.max(change, 0.0);
            loss += Math.max(-change, 0.0);
        }
        gain /= period;
        loss /= period;
        out[offset + first + period] = strength(gain, loss);
        for (int t = first + period + 1; t < n; t++) {
            double change = x[t] - x[t - 1];
            gain = alpha * Math.max(change, 0.0) + keep * gain;
            loss = alpha * Math.max(-change, 0.0) + keep * loss;
            out[offset + t] = strength(gain, loss);
        }
        return Double.isFinite(gain) && Double.isFinite(loss);
    }

    /**
     * The running mean of {@code length} values of x (which holds values from {@code from} on), as
     * {@link RunningMean} rounds it, into out[t] for t from from + length - 1 to to - 1; NaN into out from
     * {@code cleared} up to the first mean.
     */
    private static void meansInto(double[] x, int from, int to, int length, double[] out, int cleared) {
        int start = from + length - 1;
        Arrays.fill(out, Math.min(cleared, to), Math.min(start, to), Double.NaN);
        double sum = 0.0;
        for (int t = from; t < to; t++) {
            sum = t < from + length ? sum + x[t] : sum + (x[t] - x[t - length]);
            if (t >= start) {
                out[t] = sum / length;
            }
        }
    }

    private static double strength(double gain, double loss) {
        return loss == 0 ? 100.0 : 100.0 - 100.0 / (1.0 + gain / loss);
    }

    @Override
    protected Step start(double[] p) {
        StochasticRsi srsi = new StochasticRsi(p);
        return (bar, out) -> {
            srsi.next(bar[0]);
            out[0] = srsi.k;
            out[1] = srsi.d;
        };
    }

    /** RSI, its range over the last stoch_period values and the two averages; k and d after each price. */
    private static final class StochasticRsi {
        private final WilderChanges changes;
        private final RollingExtremes range;
        private final RunningMean kMean, dMean;
        private final int stochFrom;
        private int bars;
        double k = Double.NaN, d = Double.NaN;

        StochasticRsi(double[] p) {
            int rp = RSI_PERIOD.of(p);
            changes = new WilderChanges(rp, false);
            range = new RollingExtremes(STOCH_PERIOD.of(p));
            stochFrom = rp + STOCH_PERIOD.of(p) - 1;
            kMean = new RunningMean(K.of(p));
            dMean = new RunningMean(D.of(p));
        }

        void next(double x) {
            int t = bars++;
            if (!changes.next(x)) {
                return;
            }
            double gain = changes.gain(), loss = changes.loss();
            double rsi = strength(gain, loss);
            range.push(rsi);
            if (t < stochFrom) {
                return;
            }
            double hi = range.max(), lo = range.min();
            k = kMean.next(hi > lo ? 100.0 * (rsi - lo) / (hi - lo) : 50.0);
            d = Double.isNaN(k) ? Double.NaN : dMean.next(k);
        }
    }
}
