package io.sparkta.kernels.vector;

import static java.lang.Math.fma;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * The first-order linear recursion {@code y[t] = a y[t-1] + b x[t]} (EMA, SMMA, Wilder's smoothing) as a
 * blocked scan, so that no output waits on the one before it. Points go in blocks of {@link #BLOCK} counted
 * from the seed; output i of a block is defined by one formula,
 * <pre>  local = 0; for j = 0..i: local = fma(b a^(i-j), x[j], local);  y[i] = fma(a^(i+1), carry, local)</pre>
 * where carry is the previous block's last output (the seed for the first block). Only the carry chain is
 * sequential, one fused multiply-add per block. The block size is fixed, never the hardware's, so every
 * implementation, lane width and the one-point-at-a-time {@link Step} compute the same value: a SIMD kernel
 * adds the zero coefficients above the diagonal too, which leaves a sum that started at +0 unchanged on finite
 * input, and it leaves blocks with non-finite values to the scalar formula.
 */
public interface LinearScan {
    /** Points per block. */
    int BLOCK = 8;

    /**
     * Whole blocks: {@code y[yAt + i] for i in [0, blocks * BLOCK)} from {@code x[xAt + i]}, the first block
     * carrying {@code carry}; returns the last output, the next block's carry.
     */
    double blocks(Coefficients k, double carry, double[] x, int xAt, double[] y, int yAt, int blocks);

    static LinearScan of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /**
     * {@code count} points from a block's start: whole blocks by the kernel, a last partial block by the scalar
     * formula. Returns the carry after the last whole block (the series' end when {@code count} is not a
     * multiple of {@link #BLOCK}).
     */
    static double scan(Vectorization resolved, Coefficients k, double carry, double[] x, int xAt, double[] y,
                       int yAt, int count) {
        int blocks = count / BLOCK;
        double next = of(resolved).blocks(k, carry, x, xAt, y, yAt, blocks);
        int done = blocks * BLOCK;
        for (int i = 0; i < count - done; i++) {
            y[yAt + done + i] = k.at(i, next, x, xAt + done);
        }
        return next;
    }

    /**
     * The scan of {@code x} at [from, to) into {@code y} at the same indices, {@code carry} being y[from - 1];
     * arrays directly, off-heap memory staged through arrays a chunk at a time.
     */
    static void scan(Vectorization resolved, Coefficients k, double carry, DoubleMemory x, int from, int to,
                     DoubleMemory y) {
        if (x.array() != null && y.array() != null) {
            scan(resolved, k, carry, x.array(), x.arrayIndex(from), y.array(), y.arrayIndex(from), to - from);
            return;
        }
        double[] in = new double[Chunks.SIZE], out = new double[Chunks.SIZE];
        for (int t = from; t < to; t += Chunks.SIZE) {
            int count = Math.min(Chunks.SIZE, to - t);
            x.copyTo(t, in, 0, count);
            carry = scan(resolved, k, carry, in, 0, out, 0, count);
            y.copyFrom(out, t, count);
        }
    }

    /** Chunks for kernels that stage or derive their input (true ranges, gains): whole blocks each. */
    final class Chunks {
        public static final int SIZE = 64 * BLOCK;

        private Chunks() {
        }
    }

    /** The coefficients of one recursion, {@code y[t] = a y[t-1] + b x[t]}, for every position in a block. */
    final class Coefficients {
        private final double[] rows = new double[BLOCK * BLOCK];
        private final double[] carries = new double[BLOCK];

        /** Powers of a by repeated multiplication, the same on every JVM. */
        public Coefficients(double a, double b) {
            double[] powers = new double[BLOCK + 1];
            powers[0] = 1.0;
            for (int m = 1; m <= BLOCK; m++) {
                powers[m] = powers[m - 1] * a;
            }
            for (int i = 0; i < BLOCK; i++) {
                for (int j = 0; j <= i; j++) {
                    rows[i * BLOCK + j] = b * powers[i - j];
                }
                carries[i] = powers[i + 1];
            }
        }

        /** Output i of the block whose inputs start at {@code x[xAt]}, after {@code carry}: the defining formula. */
        public double at(int i, double carry, double[] x, int xAt) {
            double local = 0.0;
            for (int j = 0; j <= i; j++) {
                local = Math.fma(rows[i * BLOCK + j], x[xAt + j], local);
            }
            return Math.fma(carries[i], carry, local);
        }

        /** Coefficient of input j in output i (0 above the diagonal). */
        public double weight(int i, int j) {
            return rows[i * BLOCK + j];
        }

        /** The carry's coefficient in output i, {@code a^(i+1)}. */
        public double carryWeight(int i) {
            return carries[i];
        }
    }

    /** The scan one input at a time (streams, and series with gaps), from the seed on. */
    final class Step {
        private final Coefficients k;
        private final double[] block = new double[BLOCK];
        private double carry;
        private int filled;

        public Step(Coefficients k, double seed) {
            this.k = k;
            this.carry = seed;
        }

        public double next(double x) {
            block[filled] = x;
            double y = k.at(filled, carry, block, 0);
            if (++filled == BLOCK) {
                filled = 0;
                carry = y;
            }
            return y;
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        /**
         * The formula with every row written out, so that the eight rows' chains are independent expressions
         * the processor overlaps (a loop over the rows keeps one chain at a time in flight).
         */
        static final LinearScan SCALAR = (k, carry, x, xAt, y, yAt, blocks) -> {
            double[] w = k.rows, c = k.carries;
            for (int b = 0; b < blocks; b++, xAt += BLOCK, yAt += BLOCK) {
                double x0 = x[xAt], x1 = x[xAt + 1], x2 = x[xAt + 2], x3 = x[xAt + 3];
                double x4 = x[xAt + 4], x5 = x[xAt + 5], x6 = x[xAt + 6], x7 = x[xAt + 7];
                y[yAt] = fma(c[0], carry, fma(w[0], x0, 0.0));
                y[yAt + 1] = fma(c[1], carry, fma(w[9], x1, fma(w[8], x0, 0.0)));
                y[yAt + 2] = fma(c[2], carry, fma(w[18], x2, fma(w[17], x1, fma(w[16], x0, 0.0))));
                y[yAt + 3] = fma(c[3], carry, fma(w[27], x3, fma(w[26], x2, fma(w[25], x1, fma(w[24], x0, 0.0)))));
                y[yAt + 4] = fma(c[4], carry, fma(w[36], x4, fma(w[35], x3,
                        fma(w[34], x2, fma(w[33], x1, fma(w[32], x0, 0.0))))));
                y[yAt + 5] = fma(c[5], carry, fma(w[45], x5, fma(w[44], x4, fma(w[43], x3,
                        fma(w[42], x2, fma(w[41], x1, fma(w[40], x0, 0.0)))))));
                y[yAt + 6] = fma(c[6], carry, fma(w[54], x6, fma(w[53], x5, fma(w[52], x4,
                        fma(w[51], x3, fma(w[50], x2, fma(w[49], x1, fma(w[48], x0, 0.0))))))));
                carry = fma(c[7], carry, fma(w[63], x7, fma(w[62], x6, fma(w[61], x5, fma(w[60], x4,
                        fma(w[59], x3, fma(w[58], x2, fma(w[57], x1, fma(w[56], x0, 0.0)))))))));
                y[yAt + 7] = carry;
            }
            return carry;
        };
        static final ScalarOrSimd<LinearScan> CHOICE = new ScalarOrSimd<>(LinearScan.class, SCALAR,
                "VectorLinearScan");

        private Impls() {
        }
    }
}
