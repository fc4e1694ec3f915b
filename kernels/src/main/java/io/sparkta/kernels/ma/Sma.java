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
import io.sparkta.kernels.stats.RollingMoments;

/** Simple Moving Average by running sum (bit-identical to VectorTA on clean data). */
@AutoService(Indicator.class)
public final class Sma extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sma", "Simple Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; the running sum is rebuilt once the NaN has left "
                    + "the window, so outputs recover.")
            .build();

    public Sma() {
        super(SPEC);
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        RollingMoments.compute(in[0], n, first, PERIOD.of(p), out[0], null, null, vectorization);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        RollingMoments.Stream window = new RollingMoments.Stream(PERIOD.of(p));
        return new IndicatorStream.OfSeries() {
            @Override
            protected double next(double value) {
                window.push(value);
                return window.mean();
            }
        };
    }
}
