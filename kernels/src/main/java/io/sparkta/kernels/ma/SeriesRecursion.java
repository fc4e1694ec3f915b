package io.sparkta.kernels.ma;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * An indicator defined by a recursion over one series (the recursive moving averages): the subclass gives
 * one step, and the single, batch and stream APIs all run that same step from the first valid value on, so
 * they agree bit for bit. Outputs before {@code first + warmup(params)} are NaN.
 */
public abstract class SeriesRecursion extends Indicator {
    protected SeriesRecursion(IndicatorSpec spec) {
        super(spec);
    }

    /** One step of the recursion: takes the next value, returns the output after it. */
    protected interface Step {
        double next(double x);
    }

    /** A fresh recursion for the (validated) parameters. */
    protected abstract Step start(double[] params);

    /** Every recursion reads one value per step, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        DoubleMemory x = in[0], o = out[0];
        Step step = start(p);
        int warm = first + warmup(p);
        for (int t = first; t < n; t++) {
            double v = step.next(x.get(t));
            if (t >= warm) {
                o.put(t, v);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = start(p);
        long warm = warmup(p);
        return new IndicatorStream.OfSeries() {
            private long seen;

            @Override
            protected double next(double value) {
                double v = step.next(value);
                return seen++ < warm ? Double.NaN : v;
            }
        };
    }
}
