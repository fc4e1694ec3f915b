package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import java.util.Arrays;

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
    /** Outputs per block of the buffer form: the block and its window stay in L1. */
    int BLOCK = 1024;

    void apply(double[] x, double[] w, double scale, int from, int to, double[] out, int outOffset);

    /**
     * The same over any memory (off-heap data in place), with the same bits. Two heap memories run the array
     * kernel on their arrays. Otherwise the window is staged a block at a time through two small arrays that
     * stay in L1, by bulk copies: on JDK 17 the Vector API cannot load from raw addresses, and its buffer
     * loads inside this loop measured 2.5x slower than its array loads. A {@code double[]} output is written
     * directly. The SIMD implementation also pulls the
     * next block into cache while it computes one; on JDK 22+ it loads off-heap vectors directly instead.
     */
    default void apply(DoubleMemory x, double[] w, double scale, int from, int to, DoubleMemory out) {
        if (x.array() != null && out.array() != null) { // index t of x is x.array()[shift + t]
            int shift = x.arrayIndex(0);
            apply(x.array(), w, scale, from + shift, to + shift, out.array(), out.arrayIndex(0) - shift);
            return;
        }
        int p = w.length;
        double[] window = new double[BLOCK + p - 1];
        double[] block = out.array() == null ? new double[BLOCK] : out.array();
        for (int t = from; t < to; t += BLOCK) {
            int m = Math.min(BLOCK, to - t);
            x.copyTo(t - p + 1, window, 0, m + p - 1);
            apply(window, w, scale, p - 1, p - 1 + m, block, blockOffset(out, t, p));
            if (out.array() == null) {
                out.copyFrom(block, t, m);
            }
        }
    }

    /**
     * Where the staged kernel writes the block of outputs from t, whose window starts at index 0 of the staging
     * array: into a {@code double[]} output directly, else at the start of a staging block copied out after.
     */
    static int blockOffset(DoubleMemory out, int t, int p) {
        return (out.array() == null ? 0 : out.arrayIndex(t)) + 1 - p;
    }

    /**
     * {@code count} series of {@code n} values for a composite's intermediate results (HMA's inner averages),
     * of the kind this implementation reads fastest beside {@code series}, valid until closed: arrays here;
     * native memory beside native memory on JDK 22+, whose loops slow down when one of them meets both heap and
     * native segments.
     */
    default Intermediates intermediates(DoubleMemory series, int count, int n) {
        DoubleMemory[] memories = new DoubleMemory[count];
        for (int i = 0; i < count; i++) {
            memories[i] = DoubleMemory.of(new double[n], 0, 0, n);
        }
        return new Intermediates(memories, () -> { });
    }

    /** Intermediate series and what frees them. */
    record Intermediates(DoubleMemory[] series, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /** The implementation for a resolved kernel. */
    static WeightedWindow of(Vectorization resolved) {
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

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final WeightedWindow SCALAR = Impls::inPasses;
        static final ScalarOrSimd<WeightedWindow> CHOICE =
                new ScalarOrSimd<>(WeightedWindow.class, SCALAR, "VectorWeightedWindow", "SegmentWeightedWindow");

        /**
         * Outputs per block of {@link #inPasses}. Its four shifted copies of the series and its sums lie this far
         * apart in one buffer, a multiple of 64 bytes, so the vectoriser accepts the five offsets together and a
         * vector aligned on one is aligned on all; the buffer stays in L1.
         */
        private static final int PASS_BLOCK = 512;
        private static final int SUMS = 4 * PASS_BLOCK;
        /**
         * Each thread's buffer, kept: the off-heap path calls the kernel once per staged block of {@link WeightedWindow#BLOCK}
         * outputs, and allocating the buffer per call made that path slower than the kernel before the passes.
         */
        private static final ThreadLocal<double[]> BUFFERS =
                ThreadLocal.withInitial(() -> new double[SUMS + PASS_BLOCK]);
        /**
         * Below this many outputs the passes' fixed costs (a bulk copy per weight) outweigh what they save, and
         * {@link #eightAtATime} is faster (the two cross near 64 outputs at periods 9 and 30 on JDK 17 and 25).
         */
        private static final int FEWEST_FOR_PASSES = 64;

        /**
         * The contract's order, one pass over a block of outputs per group of four weights (then per leftover
         * weight), every pass reading the buffer at fixed offsets from one index: the group's four values come
         * from four copies of the block's series, each shifted by one more value (bulk copies). JDK 17's
         * auto-vectoriser turns such loops into vector code; it leaves scalar a loop that reads one array at two
         * offsets less than a vector apart, or at an offset that changes from call to call, which is what the
         * window needs without the copies.
         */
        private static void inPasses(double[] x, double[] w, double scale, int from, int to, double[] out,
                                     int outOffset) {
            int p = w.length;
            if (to - from < FEWEST_FOR_PASSES) {
                eightAtATime(x, w, scale, from, to, out, outOffset);
                return;
            }
            int grouped = p / 4 * 4;
            double[] buffer = BUFFERS.get();
            for (int t = from; t < to; t += PASS_BLOCK) {
                int m = Math.min(PASS_BLOCK, to - t);
                int s = t - p + 1;
                for (int i = 0; i < grouped; i += 4) {
                    for (int r = 0; r < 4; r++) {
                        System.arraycopy(x, s + i + r, buffer, r * PASS_BLOCK, m);
                    }
                    double w0 = w[i], w1 = w[i + 1], w2 = w[i + 2], w3 = w[i + 3];
                    if (i == 0) { // the running sum starts at 0.0, as in dot
                        for (int j = 0; j < m; j++) {
                            buffer[SUMS + j] = 0.0 + group(buffer, j, w0, w1, w2, w3);
                        }
                    } else {
                        for (int j = 0; j < m; j++) {
                            buffer[SUMS + j] += group(buffer, j, w0, w1, w2, w3);
                        }
                    }
                }
                if (grouped == 0) {
                    Arrays.fill(buffer, SUMS, SUMS + m, 0.0);
                }
                for (int i = grouped; i < p; i++) {
                    System.arraycopy(x, s + i, buffer, 0, m);
                    double wi = w[i];
                    if (i + 1 < p) {
                        for (int j = 0; j < m; j++) {
                            buffer[SUMS + j] += wi * buffer[j];
                        }
                    } else { // the last weight's pass also scales
                        for (int j = 0; j < m; j++) {
                            buffer[SUMS + j] = (buffer[SUMS + j] + wi * buffer[j]) * scale;
                        }
                    }
                }
                if (grouped == p) {
                    for (int j = 0; j < m; j++) {
                        buffer[SUMS + j] *= scale;
                    }
                }
                System.arraycopy(buffer, SUMS, out, outOffset + t, m);
            }
        }

        /** Output j's group of four products, left to right, from the four shifted copies. */
        private static double group(double[] buffer, int j, double w0, double w1, double w2, double w3) {
            return w0 * buffer[j] + w1 * buffer[PASS_BLOCK + j] + w2 * buffer[2 * PASS_BLOCK + j]
                    + w3 * buffer[3 * PASS_BLOCK + j];
        }

        /**
         * Eight consecutive outputs per iteration, each in the contract's order: eight independent add chains
         * keep the core busy where one window's chain would leave it waiting, and each weight and value is
         * loaded once for the eight.
         */
        private static void eightAtATime(double[] x, double[] w, double scale, int from, int to, double[] out,
                                         int outOffset) {
            int p = w.length;
            int t = from;
            for (; t + 8 <= to; t += 8) {
                int s = t - p + 1;
                double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0, a4 = 0.0, a5 = 0.0, a6 = 0.0, a7 = 0.0;
                int i = 0;
                for (; i + 4 <= p; i += 4) {
                    double w0 = w[i], w1 = w[i + 1], w2 = w[i + 2], w3 = w[i + 3];
                    int b = s + i;
                    double x0 = x[b], x1 = x[b + 1], x2 = x[b + 2], x3 = x[b + 3], x4 = x[b + 4], x5 = x[b + 5];
                    double x6 = x[b + 6], x7 = x[b + 7], x8 = x[b + 8], x9 = x[b + 9], x10 = x[b + 10];
                    a0 += w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3;
                    a1 += w0 * x1 + w1 * x2 + w2 * x3 + w3 * x4;
                    a2 += w0 * x2 + w1 * x3 + w2 * x4 + w3 * x5;
                    a3 += w0 * x3 + w1 * x4 + w2 * x5 + w3 * x6;
                    a4 += w0 * x4 + w1 * x5 + w2 * x6 + w3 * x7;
                    a5 += w0 * x5 + w1 * x6 + w2 * x7 + w3 * x8;
                    a6 += w0 * x6 + w1 * x7 + w2 * x8 + w3 * x9;
                    a7 += w0 * x7 + w1 * x8 + w2 * x9 + w3 * x10;
                }
                for (; i < p; i++) {
                    double wi = w[i];
                    int b = s + i;
                    a0 += wi * x[b];
                    a1 += wi * x[b + 1];
                    a2 += wi * x[b + 2];
                    a3 += wi * x[b + 3];
                    a4 += wi * x[b + 4];
                    a5 += wi * x[b + 5];
                    a6 += wi * x[b + 6];
                    a7 += wi * x[b + 7];
                }
                int o = outOffset + t;
                out[o] = a0 * scale;
                out[o + 1] = a1 * scale;
                out[o + 2] = a2 * scale;
                out[o + 3] = a3 * scale;
                out[o + 4] = a4 * scale;
                out[o + 5] = a5 * scale;
                out[o + 6] = a6 * scale;
                out[o + 7] = a7 * scale;
            }
            for (; t < to; t++) {
                out[outOffset + t] = dot(x, t - p + 1, w) * scale;
            }
        }

        private Impls() {
        }
    }
}
