package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.DoubleMemory;
import java.util.List;

/**
 * Jsa Moving Average: the mean of the value and the value period bars back. Not a weighted window of
 * period + 1 taps: the zero taps between the two would turn a NaN anywhere between them into NaN outputs.
 */
@AutoService(Indicator.class)
public final class Jsa extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("jsa", "Jsa Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 30, 1, "distance between the two averaged values")),
            List.of("values"), "first + period",
            "(x[t] + x[t - period]) / 2. A NaN makes the two outputs that read it NaN.");

    public Jsa() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[0];
    }

    @Override
    public boolean hasInPlaceKernel(double[] p) {
        return true;
    }

    @Override
    protected void kernel(DoubleMemory[] in, int n, int first, double[] p, Kernel kernel, DoubleMemory[] out) {
        int period = (int) p[0];
        for (int t = first + period; t < n; t++) {
            out[0].put(t, (in[0].get(t) + in[0].get(t - period)) * 0.5);
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        double[] ring = new double[(int) p[0]]; // the last period values, the oldest at head
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
