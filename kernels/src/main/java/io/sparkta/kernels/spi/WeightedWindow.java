package io.sparkta.kernels.spi;

import io.sparkta.kernels.Kernel;
import java.nio.ByteBuffer;

/**
 * A finite-impulse-response window: {@code out[outOffset + t] = scale * sum_i w[i] * x[t - p + 1 + i]} for
 * every t in [from, to), with p = w.length (w[0] weighs the oldest value).
 *
 * <p>Summation order is part of the contract so that every implementation gives the same bits: the products
 * are added in groups of four, left to right, each group then added to the running sum; leftover products
 * are added one at a time. No fused multiply-add. The SIMD implementation computes several outputs per
 * vector with exactly this per-lane order, so SIMD equals scalar bit for bit.
 */
public interface WeightedWindow {

    void apply(double[] x, double[] w, double scale, int from, int to, double[] out, int outOffset);

    /** The same over little-endian buffers of doubles (off-heap data read and written in place). */
    void apply(ByteBuffer x, double[] w, double scale, int from, int to, ByteBuffer out, int outOffset);

    /** The implementation for a resolved kernel. */
    static WeightedWindow of(Kernel resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** One window's value, in the contract's order (shared by the scalar loop and by streams). */
    static double dot(double[] x, int start, double[] w) {
        int p = w.length;
        double sum = 0.0;
        int i = 0;
        for (; i + 4 <= p; i += 4) {
            sum += w[i] * x[start + i] + w[i + 1] * x[start + i + 1] + w[i + 2] * x[start + i + 2]
                    + w[i + 3] * x[start + i + 3];
        }
        for (; i < p; i++) {
            sum += w[i] * x[start + i];
        }
        return sum;
    }

    /** {@link #dot(double[], int, double[])} over a little-endian buffer of doubles. */
    static double dot(ByteBuffer x, int start, double[] w) {
        int p = w.length;
        int b = start * Double.BYTES;
        double sum = 0.0;
        int i = 0;
        for (; i + 4 <= p; i += 4, b += 4 * Double.BYTES) {
            sum += w[i] * x.getDouble(b) + w[i + 1] * x.getDouble(b + 8) + w[i + 2] * x.getDouble(b + 16)
                    + w[i + 3] * x.getDouble(b + 24);
        }
        for (; i < p; i++, b += Double.BYTES) {
            sum += w[i] * x.getDouble(b);
        }
        return sum;
    }

    /** The scalar implementation: one window at a time, in the contract's order. */
    final class Scalar implements WeightedWindow {
        @Override
        public void apply(double[] x, double[] w, double scale, int from, int to, double[] out, int outOffset) {
            int p = w.length;
            for (int t = from; t < to; t++) {
                out[outOffset + t] = dot(x, t - p + 1, w) * scale;
            }
        }

        @Override
        public void apply(ByteBuffer x, double[] w, double scale, int from, int to, ByteBuffer out, int outOffset) {
            int p = w.length;
            for (int t = from; t < to; t++) {
                out.putDouble((outOffset + t) * Double.BYTES, dot(x, t - p + 1, w) * scale);
            }
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final WeightedWindow SCALAR = new Scalar();
        static final KernelChoice<WeightedWindow> CHOICE =
                new KernelChoice<>(WeightedWindow.class, SCALAR, "VectorWeightedWindow");

        private Impls() {
        }
    }
}
