package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
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

    /** The step run from a loop over the array, where its call is not the step driver's megamorphic one. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], k = out[0], d = out[1];
        int from = first + warmup(p);
        StochasticRsi srsi = new StochasticRsi(p);
        for (int t = first; t < from; t++) {
            srsi.next(x[t]);
        }
        for (int t = from; t < x.length; t++) {
            srsi.next(x[t]);
            k[offset + t] = srsi.k;
            d[offset + t] = srsi.d;
        }
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
            double rsi = loss == 0 ? 100.0 : 100.0 - 100.0 / (1.0 + gain / loss);
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
