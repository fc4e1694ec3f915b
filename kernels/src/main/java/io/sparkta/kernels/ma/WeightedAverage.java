package io.sparkta.kernels.ma;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WeightedWindow;

/**
 * A moving average that is one fixed weighted window (an FIR filter): the subclass gives the weights, oldest
 * first, and they are normalised by their sum. Every such average gets the SIMD kernel (several outputs per
 * vector, bit-identical to scalar), the in-place off-heap kernel and an O(window) stream from here.
 *
 * <p>Outputs start at {@code first + warmup(params)}, which may lie later than the window allows (VectorTA's
 * rule for some of these averages); a NaN inside the window makes that output NaN.
 */
public abstract class WeightedAverage extends Indicator {
    protected WeightedAverage(IndicatorSpec spec) {
        super(spec);
    }

    /** The window's weights, oldest first, in any scale. */
    protected abstract double[] weights(double[] params);

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] w = weights(p);
        WeightedWindow.of(vectorization).apply(in[0], w, 1.0 / sum(w), first + warmup(p), in[0].length, out[0], offset);
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        double[] w = weights(p);
        WeightedWindow.of(vectorization).apply(in[0], w, 1.0 / sum(w), first + warmup(p), n, out[0]);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        return new WindowStream(weights(p), warmup(p));
    }

    /** A WMA of {@code length} values, one value at a time, NaN until its window is full. */
    static WindowStream linearWindow(int length) {
        return new WindowStream(linear(length), length - 1);
    }

    /** Weights 1..length, oldest first (the WMA's). */
    static double[] linear(int length) {
        double[] w = new double[length];
        for (int i = 0; i < length; i++) {
            w[i] = i + 1;
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

    /** O(window) per update: a ring buffer stored twice so the window is always contiguous. */
    static final class WindowStream extends IndicatorStream.OfSeries {
        private final double[] w;
        private final double scale;
        private final double[] ring;
        private final long warmup;
        private int head;
        private long seen;

        WindowStream(double[] w, int warmup) {
            this.w = w;
            this.scale = 1.0 / sum(w);
            this.ring = new double[2 * w.length];
            this.warmup = warmup;
        }

        @Override
        protected double next(double value) {
            int p = w.length;
            ring[head] = value;
            ring[head + p] = value;
            head = head + 1 == p ? 0 : head + 1;
            return seen++ < warmup ? Double.NaN : WeightedWindow.dot(ring, head, w) * scale;
        }
    }
}
