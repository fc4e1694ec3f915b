package io.sparkta.kernels.ma;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;

/**
 * A moving average defined by a recursion over high, low and close bars: as {@link RecursiveAverage}, the
 * subclass gives one step and the single, batch and stream APIs all run it from the first valid bar on.
 */
public abstract class HlcRecursion extends Indicator {
    protected HlcRecursion(IndicatorSpec spec) {
        super(spec);
    }

    /** One step of the recursion: takes the next bar, returns the average after it (NaN while warming up). */
    protected interface Step {
        double next(double high, double low, double close);
    }

    /** A fresh recursion for the (validated) parameters. */
    protected abstract Step start(double[] params);

    @Override
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        double[] high = in[0], low = in[1], close = in[2], o = out[0];
        Step step = start(p);
        int warm = first + warmup(p);
        for (int t = first; t < close.length; t++) {
            double v = step.next(high[t], low[t], close[t]);
            if (t >= warm) {
                o[offset + t] = v;
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
                double v = step.next(bar[0], bar[1], bar[2]);
                out[0] = seen++ < warm ? Double.NaN : v;
            }
        };
    }
}
