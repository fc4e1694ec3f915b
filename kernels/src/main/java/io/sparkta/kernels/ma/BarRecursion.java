package io.sparkta.kernels.ma;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * An indicator defined by a recursion over bars of several inputs (high, low and close; close and
 * volume; ...): as {@link SeriesRecursion}, the subclass gives one step and the single, batch and stream
 * APIs all run it from the first valid bar on, so they agree bit for bit. Outputs before
 * {@code first + warmup(params)} are NaN.
 */
public abstract class BarRecursion extends Indicator {
    protected BarRecursion(IndicatorSpec spec) {
        super(spec);
    }

    /** One step of the recursion: takes the next bar (one value per input, in descriptor order). */
    protected interface Step {
        double next(double[] bar);
    }

    /** A fresh recursion for the (validated) parameters. */
    protected abstract Step start(double[] params);

    /** Every recursion reads one bar per step, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        DoubleMemory o = out[0];
        double[] bar = new double[in.length];
        Step step = start(p);
        int warm = first + warmup(p);
        for (int t = first; t < n; t++) {
            for (int i = 0; i < bar.length; i++) {
                bar[i] = in[i].get(t);
            }
            double v = step.next(bar);
            if (t >= warm) {
                o.put(t, v);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = start(p);
        long warm = warmup(p);
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                double v = step.next(bar);
                out[0] = seen++ < warm ? Double.NaN : v;
            }
        };
    }
}
