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

/**
 * Jsa Moving Average: the mean of the value and the value period bars back. Not a weighted window of
 * period + 1 taps: the zero taps between the two would turn a NaN anywhere between them into NaN outputs.
 */
@AutoService(Indicator.class)
public final class Jsa extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 30, 1,
            "distance between the two averaged values").sweep(30, 279, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("jsa", "Jsa Moving Average", Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("(x[t] + x[t - period]) / 2. A NaN makes the two outputs that read it NaN.")
            .build();

    public Jsa() {
        super(SPEC);
    }

    /** VectorTA checks period valid values, one fewer than the first output needs. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        int period = PERIOD.of(p);
        for (int t = first + period; t < n; t++) {
            out[0].put(t, (in[0].get(t) + in[0].get(t - period)) * 0.5);
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        double[] ring = new double[PERIOD.of(p)]; // the last period values, the oldest at head
        return new IndicatorStream.OfSeries() {
            private int head;
            private long seen;

            @Override
            protected double next(double value) {
                double old = ring[head];
                ring[head] = value;
                head = head + 1 == ring.length ? 0 : head + 1;
                return seen++ < ring.length ? Double.NaN : (value + old) * 0.5;
            }
        };
    }
}
