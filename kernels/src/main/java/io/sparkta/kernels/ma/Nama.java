package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/**
 * New Adaptive Moving Average: alpha = (highest - lowest close over period) / (sum of true ranges over
 * period), n = alpha x + (1 - alpha) n, starting from 0 (the first output is alpha x, as in VectorTA).
 */
@AutoService(Indicator.class)
public final class Nama extends BarRecursion {
    public static final IndicatorSpec SPEC = IndicatorSpec.onColumns("nama", "New Adaptive Moving Average",
            Category.MOVING_AVERAGE, List.of("high", "low", "close"),
            List.of(ParamSpec.period("period", 30, 1, "window length")),
            List.of("values"), "first + period - 1",
            "VectorTA's candles form: the true ranges come from high, low and close (the first bar's is high - "
                    + "low). Its plain-series form, with |x - x[1]| instead, is this one with the series passed "
                    + "as high, low and close. A NaN after the first valid bar makes later outputs NaN.");

    public Nama() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new NamaStep((int) p[0]);
    }

    private static final class NamaStep implements Step {
        private final double[] closes, ranges;
        private int t, at = -1; // at: the newest bar's slot (wraps by comparison, not remainder)
        private double previousClose = Double.NaN, value;

        NamaStep(int period) {
            closes = new double[period];
            ranges = new double[period];
        }

        @Override
        public double next(double[] bar) {
            double high = bar[0], low = bar[1], close = bar[2];
            int period = closes.length;
            at = at == period - 1 ? 0 : at + 1;
            closes[at] = close;
            ranges[at] = Double.isNaN(previousClose) && t == 0 ? high - low
                    : Math.max(high, previousClose) - Math.min(low, previousClose);
            previousClose = close;
            if (t++ < period - 1) {
                return Double.NaN;
            }
            double highest = Double.NEGATIVE_INFINITY, lowest = Double.POSITIVE_INFINITY, range = 0.0;
            for (int i = 0; i < period; i++) {
                highest = Math.max(highest, closes[i]);
                lowest = Math.min(lowest, closes[i]);
                range += ranges[i];
            }
            double alpha = range == 0.0 ? 0.0 : (highest - lowest) / range;
            value = alpha * close + (1.0 - alpha) * value;
            return value;
        }
    }
}
