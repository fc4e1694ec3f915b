package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WeightedWindow;

/**
 * CoRa Wave: a weighted window whose weights grow by a compound ratio from 0.01 at the oldest value to
 * period at the newest (the ratio scaled by r_multi), optionally smoothed by a WMA of
 * round(sqrt(period)) values. Both windows run on the SIMD kernel, in place on off-heap series.
 */
@AutoService(Indicator.class)
public final class CoraWave extends Indicator {
    private static final double START_WEIGHT = 0.01;

    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "window length").sweep(20, 20, 0);
    private static final ParamSpec.Real R_MULTI = ParamSpec.real("r_multi", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "compound ratio multiplier").sweep(2.0, 2.249, 0.001);
    private static final ParamSpec.Int SMOOTH = ParamSpec.flag("smooth", true,
            "smooth with a WMA of round(sqrt(period)) values");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cora_wave", "CoRa Wave", Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, R_MULTI, SMOOTH)
            .output("values", Warmup.of(PERIOD).plus(-1)
                    .plus(Warmup.custom("(round(sqrt(period)) - 1 when smoothing)", p -> smoothing(p) - 1)))
            .notes("Period 1 is the series itself. A NaN inside either window makes that output NaN; outputs recover "
                    + "once it has left.")
            .build();

    public CoraWave() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    private static int smoothing(double[] p) {
        return SMOOTH.isSet(p) ? (int) Math.max(Math.round(Math.sqrt(PERIOD.of(p))), 1) : 1;
    }

    /** Oldest first: the value i bars ago weighs 0.01 x base^(period - i), base = 1 + r x r_multi. */
    private static double[] weights(double[] p) {
        int period = PERIOD.of(p);
        double[] w = new double[period];
        if (period == 1) {
            w[0] = 1.0;
            return w;
        }
        double r = Math.pow(period / START_WEIGHT, 1.0 / (period - 1)) - 1.0;
        double base = 1.0 + r * R_MULTI.of(p);
        for (int i = 0; i < period; i++) {
            w[period - 1 - i] = START_WEIGHT * Math.pow(base, period - i);
        }
        return w;
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    /** Reads the series and writes the result in place, the unsmoothed wave in the window's intermediate. */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        double[] w = weights(p);
        int smooth = smoothing(p);
        WeightedWindow window = WeightedWindow.of(vectorization);
        if (smooth == 1) {
            window.apply(in[0], w, 1.0 / WeightedAverage.sum(w), first + warmup(p), n, out[0]);
            return;
        }
        try (WeightedWindow.Intermediates wave = window.intermediates(in[0], 1, n)) {
            DoubleMemory raw = wave.series()[0];
            window.apply(in[0], w, 1.0 / WeightedAverage.sum(w), first + PERIOD.of(p) - 1, n, raw);
            double[] last = WeightedAverage.linear(smooth);
            window.apply(raw, last, 1.0 / WeightedAverage.sum(last), first + warmup(p), n, out[0]);
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int period = PERIOD.of(p), smooth = smoothing(p);
        WeightedAverage.WindowStream raw = new WeightedAverage.WindowStream(weights(p), period - 1);
        if (smooth == 1) {
            return raw;
        }
        WeightedAverage.WindowStream last = WeightedAverage.linearWindow(smooth);
        return new IndicatorStream.OfSeries() {
            private long seen;

            @Override
            protected double next(double value) {
                double v = raw.next(value);
                return seen++ < period - 1 ? Double.NaN : last.next(v);
            }
        };
    }
}
