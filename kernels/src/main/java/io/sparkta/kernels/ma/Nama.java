package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/**
 * New Adaptive Moving Average: alpha = (highest - lowest close over period) / (sum of true ranges over
 * period), n = alpha x + (1 - alpha) n, starting from 0 (the first output is alpha x, as in VectorTA).
 */
@AutoService(Indicator.class)
public final class Nama extends Indicator {
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
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        Step step = new Step((int) p[0]);
        int warm = first + warmup(p);
        for (int t = first; t < in[0].length; t++) {
            double v = step.next(in[0][t], in[1][t], in[2][t]);
            if (t >= warm) {
                out[0][offset + t] = v;
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = new Step((int) p[0]);
        return new IndicatorStream() {
            @Override
            protected void accept(double[] bar, double[] out) {
                out[0] = step.next(bar[0], bar[1], bar[2]);
            }
        };
    }

    private static final class Step {
        private final double[] closes, ranges;
        private int t;
        private double previousClose = Double.NaN, value;

        Step(int period) {
            closes = new double[period];
            ranges = new double[period];
        }

        double next(double high, double low, double close) {
            int period = closes.length, at = t % period;
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
