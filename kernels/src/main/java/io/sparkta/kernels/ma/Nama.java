package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * New Adaptive Moving Average: alpha = (highest - lowest source value over period) / (sum of true ranges over
 * period), n = alpha x + (1 - alpha) n, starting from 0 (the first output is alpha x, as in VectorTA).
 */
@AutoService(Indicator.class)
public final class Nama extends BarRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 1, "window length").sweep(30, 279, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("nama", "New Adaptive Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").columns("high", "low", "close").params(PERIOD)
            .output("values", Warmup.of(PERIOD).plus(-1))
            .notes("VectorTA's candles form: the range of the source over the window, and true ranges from high, "
                    + "low and close (the first bar's is high - low). Its plain-series form, with |x - x[1]| "
                    + "instead, is this one with the series passed as source, high, low and close. A NaN after "
                    + "the first valid bar makes later outputs NaN.")
            .build();

    public Nama() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new NamaStep(PERIOD.of(p));
    }

    private static final class NamaStep implements Step {
        private final double[] sources, ranges;
        private int t, at = -1; // at: the newest bar's slot (wraps by comparison, not remainder)
        private double previousClose = Double.NaN, value;

        NamaStep(int period) {
            sources = new double[period];
            ranges = new double[period];
        }

        @Override
        public double next(double[] bar) {
            double source = bar[0], high = bar[1], low = bar[2], close = bar[3];
            int period = sources.length;
            at = at == period - 1 ? 0 : at + 1;
            sources[at] = source;
            ranges[at] = Double.isNaN(previousClose) && t == 0 ? high - low
                    : Math.max(high, previousClose) - Math.min(low, previousClose);
            previousClose = close;
            if (t++ < period - 1) {
                return Double.NaN;
            }
            double highest = Double.NEGATIVE_INFINITY, lowest = Double.POSITIVE_INFINITY, range = 0.0;
            for (int i = 0; i < period; i++) {
                highest = Math.max(highest, sources[i]);
                lowest = Math.min(lowest, sources[i]);
                range += ranges[i];
            }
            double alpha = range == 0.0 ? 0.0 : (highest - lowest) / range;
            value = alpha * source + (1.0 - alpha) * value;
            return value;
        }
    }
}
