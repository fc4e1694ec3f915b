package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.WeightedWindow;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Arnaud Legoux Moving Average: a Gaussian-weighted window whose peak sits at {@code offset * (period - 1)}
 * (0 = oldest bar, 1 = newest). SIMD computes several outputs per vector, bit-identical to scalar.
 */
@AutoService(Indicator.class)
public final class Alma extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("alma", "Arnaud Legoux Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("period", 9, 1, "window length"),
                    ParamSpec.real("offset", 0.85, 0.0, 1.0, "position of the Gaussian peak in the window"),
                    ParamSpec.realAbove("sigma", 6.0, 0.0, Double.POSITIVE_INFINITY,
                            "sharpness: the Gaussian's width is period / sigma")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; outputs recover once it leaves the window. "
                    + "Unlike VectorTA, a NaN sigma is rejected rather than giving all-NaN output.");

    public Alma() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    public boolean hasInPlaceKernel() {
        return true;
    }

    @Override
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        double[] w = weights((int) p[0], p[1], p[2]);
        WeightedWindow.of(kernel).apply(in[0], w, 1.0 / sum(w), first + w.length - 1, in[0].length, out[0], offset);
    }

    @Override
    protected void kernelInPlace(ByteBuffer[] in, int n, int first, double[] p, Kernel kernel, ByteBuffer[] out,
                                 int outIndex) {
        double[] w = weights((int) p[0], p[1], p[2]);
        WeightedWindow.of(kernel).apply(in[0], w, 1.0 / sum(w), first + w.length - 1, n, out[0], outIndex);
    }

    /** Gaussian weights, index 0 for the oldest value (unnormalised; see {@link #sum}). */
    static double[] weights(int period, double offset, double sigma) {
        double m = offset * (period - 1);
        double s = period / sigma;
        double inv = 1.0 / (2.0 * s * s);
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            double d = i - m;
            w[i] = Math.exp(-(d * d) * inv);
        }
        return w;
    }

    static double sum(double[] w) {
        double total = 0.0;
        for (double v : w) {
            total += v;
        }
        return total;
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        return new Stream((int) p[0], p[1], p[2]);
    }

    /** O(period) per update: a ring buffer stored twice so the window is always contiguous. */
    public static final class Stream extends IndicatorStream.OfSeries {
        private final double[] w;
        private final double scale;
        private final double[] ring;
        private int head;
        private long count;

        public Stream(int period, double offset, double sigma) {
            this.w = weights(period, offset, sigma);
            this.scale = 1.0 / sum(w);
            this.ring = new double[2 * period];
        }

        @Override
        protected double next(double value) {
            int p = w.length;
            ring[head] = value;
            ring[head + p] = value;
            head = head + 1 == p ? 0 : head + 1;
            return ++count < p ? Double.NaN : WeightedWindow.dot(ring, head, w) * scale;
        }
    }
}
