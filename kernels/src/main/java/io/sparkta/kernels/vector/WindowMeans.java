package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Means of the windows of p values over a run of values without NaN, by window sums that advance eight
 * windows at a time, restarted from a fresh sum at the start of every block of windows.
 *
 * <p>The order of additions is the contract, so that every implementation gives the same bits. Windows are
 * numbered from the run's first (full) window and cut into blocks of {@link #block(int)} windows. At a block's
 * first window t0 the sum {@code W} adds its p values left to right from 0.0; with {@code d(u) = x[u] - x[u - p]}
 * the block's first eight sums are {@code S[t0 + k] = W + c_k} (k = 0..7; {@code S[t0] = W}), where
 * {@code c_k = d(t0 + 1) + ... + d(t0 + k)} is added as the in-register scan of eight lanes would add it (see
 * {@link #seed}). From {@code t0 + 8} on, {@code S[t] = S[t - 8] + D(t)}, {@code D(t)} being the sum of the last
 * eight differences as the tree {@code ((d0 + d1) + (d2 + d3)) + ((d4 + d5) + (d6 + d7))} (dk = d(t - k)): a
 * vector of eight windows adds one vector of tree sums to the previous vector of sums, and the scalar loop keeps
 * eight independent sums. The mean is {@code S[t] * (1.0 / p)}.
 *
 * <p>A running sum keeps every rounding error it ever made: after the values fall by orders of magnitude those
 * errors dwarf the sums. Here a sum is at most one block old, so its error stays within about
 * {@code (block / 8 + p)} roundings of the values of that block.
 */
public final class WindowMeans {
    /** Windows whose sums advance together. */
    public static final int STRIDE = 8;
    /** The shortest block of windows between fresh sums: the fresh sum of p values costs p / block per window. */
    private static final int MIN_BLOCK = 4096;

    private WindowMeans() {
    }

    /**
     * The means of the windows [from, to) of one run, the first block starting at {@code from}; writes
     * {@code out[outOffset + t]}.
     */
    public interface Kernel {
        /**
         * Advances the sums of windows [t, end) of one block, eight at a time, from the block's seed: lane k of
         * {@code d}, {@code a}, {@code b} and {@code sums} holds {@code d}, the pair sum, the quad sum and the sum
         * of window {@code t - 8 + k}, as {@link #seed} leaves them; {@code sums} holds the last eight windows'
         * sums on return (window u at lane {@code (u - t) mod 8}). Returns the first window not computed (fewer
         * than eight remain from it).
         */
        int advance(double[] x, int p, double scale, int t, int end, double[] d, double[] a, double[] b,
                    double[] sums, double[] out, int outOffset);
    }

    /** The scalar kernel (the SIMD one runs it where vectors hold fewer than eight doubles). */
    public static Kernel scalar() {
        return Impls.SCALAR;
    }

    /** Windows per block for period p: a multiple of the stride, and long enough that fresh sums stay cheap. */
    public static int block(int p) {
        long windows = (long) STRIDE * Math.max(MIN_BLOCK / STRIDE, p);
        return (int) Math.min(windows, Integer.MAX_VALUE - STRIDE + 1);
    }

    /**
     * Writes the means of the windows ending at [full, end), all within values without NaN from
     * {@code full - p + 1} on, into {@code out} at the same indices. Off the heap the blocks are staged through
     * arrays that stay in L1 by bulk copies, and a {@code double[]} output is written directly. Returns false
     * when a block's sums ended NaN: an infinity met its opposite, or the run was not free of NaN after all.
     */
    public static boolean run(DoubleMemory x, int p, int full, int end, DoubleMemory out,
                              Vectorization vectorization) {
        Kernel kernel = Impls.CHOICE.get(vectorization.resolve());
        if (x.array() != null && out.array() != null) { // index t of x is x.array()[shift + t]
            int shift = x.arrayIndex(0);
            return means(kernel, x.array(), p, full + shift, end + shift, out.array(), out.arrayIndex(0) - shift);
        }
        int block = block(p);
        int history = p - 1;
        double[] window = new double[Math.min(block, end - full) + history];
        double[] staged = out.array() == null ? new double[window.length - history] : null;
        boolean numbers = true;
        for (int t = full; t < end; t += block) { // a staged block is a block of the contract
            int m = Math.min(block, end - t);
            x.copyTo(t - history, window, 0, m + history);
            if (staged == null) {
                numbers &= means(kernel, window, p, history, history + m, out.array(), out.arrayIndex(t) - history);
            } else {
                numbers &= means(kernel, window, p, history, history + m, staged, -history);
                out.copyFrom(staged, t, m);
            }
        }
        return numbers;
    }

    /** The contract over one array: windows [from, to), blocks from {@code from}. */
    static boolean means(Kernel kernel, double[] x, int p, int from, int to, double[] out, int outOffset) {
        double scale = 1.0 / p;
        double[] d = new double[STRIDE];
        double[] a = new double[STRIDE];
        double[] b = new double[STRIDE];
        double[] sums = new double[STRIDE];
        int block = block(p);
        boolean numbers = true;
        for (int t0 = from; t0 < to; t0 += block) {
            int end = (int) Math.min(to, (long) t0 + block);
            int seeded = Math.min(STRIDE, end - t0);
            seed(x, t0, p, seeded, d, a, b, sums);
            for (int k = 0; k < seeded; k++) {
                out[outOffset + t0 + k] = sums[k] * scale;
            }
            int t = t0 + seeded;
            if (seeded == STRIDE) {
                t = kernel.advance(x, p, scale, t, end, d, a, b, sums, out, outOffset);
            }
            for (; t < end; t++) { // the run's last windows, fewer than eight
                int lane = (t - t0) & (STRIDE - 1);
                sums[lane] += differences(x, t, p);
                out[outOffset + t] = sums[lane] * scale;
            }
            numbers &= !Double.isNaN(((sums[0] + sums[1]) + (sums[2] + sums[3]))
                    + ((sums[4] + sums[5]) + (sums[6] + sums[7])));
        }
        return numbers;
    }

    /**
     * The first {@code lanes} (at most eight) windows of the block from t0: {@code sums[k] = W + c_k}, and the
     * scan's lanes that the following windows reuse: {@code d[k] = d(t0 + k)}, {@code a[k]} its sum with
     * {@code d(t0 + k - 1)}, {@code b[k]} that with {@code a[k - 2]} (each where the earlier lane is a window of
     * the block after t0); {@code c_k} adds {@code b[k - 4]} likewise. Lanes from {@code lanes} on are 0, and
     * lane 0 of d, a and b (no difference within the block) is 0. Reads x from {@code t0 - p + 1} to
     * {@code t0 + lanes - 1}.
     */
    public static void seed(double[] x, int t0, int p, int lanes, double[] d, double[] a, double[] b,
                            double[] sums) {
        double w = 0.0;
        for (int i = t0 - p + 1; i <= t0; i++) {
            w += x[i];
        }
        d[0] = 0.0;
        a[0] = 0.0;
        b[0] = 0.0;
        sums[0] = w;
        for (int k = 1; k < STRIDE; k++) {
            if (k >= lanes) {
                d[k] = a[k] = b[k] = sums[k] = 0.0;
                continue;
            }
            d[k] = x[t0 + k] - x[t0 + k - p];
            a[k] = k > 1 ? d[k] + d[k - 1] : d[k];
            b[k] = k > 2 ? a[k] + a[k - 2] : a[k];
            sums[k] = w + (k > 4 ? b[k] + b[k - 4] : b[k]);
        }
    }

    /** {@code D(t)} over an array, in the tree's order (the last windows of a run, and streams). */
    public static double differences(double[] x, int t, int p) {
        return ((difference(x, t, p) + difference(x, t - 1, p)) + (difference(x, t - 2, p) + difference(x, t - 3, p)))
                + ((difference(x, t - 4, p) + difference(x, t - 5, p))
                + (difference(x, t - 6, p) + difference(x, t - 7, p)));
    }

    private static double difference(double[] x, int t, int p) {
        return x[t] - x[t - p];
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    static final class Impls {
        static final Kernel SCALAR = Impls::eightAtATime;
        static final ScalarOrSimd<Kernel> CHOICE = new ScalarOrSimd<>(Kernel.class, SCALAR, "VectorWindowMeans");

        private Impls() {
        }

        /**
         * Eight windows per iteration, the tree's pair and quad sums carried from one iteration to the next:
         * each difference is taken once and each pair and quad sum once, four additions per window in all.
         */
        private static int eightAtATime(double[] x, int p, double scale, int from, int to, double[] d, double[] a,
                                        double[] b, double[] sums, double[] out, int outOffset) {
            double dPrev = d[7];
            double pairPrev = a[7]; // d(u) + d(u - 1) at u = t - 1, t - 2
            double pair2 = a[6];
            double quad1 = b[7]; // the sums of four differences ending at u = t - 1 .. t - 4
            double quad2 = b[6];
            double quad3 = b[5];
            double quad4 = b[4];
            double s0 = sums[0], s1 = sums[1], s2 = sums[2], s3 = sums[3];
            double s4 = sums[4], s5 = sums[5], s6 = sums[6], s7 = sums[7];
            int t = from;
            for (; t + STRIDE <= to; t += STRIDE) {
                double e0 = x[t] - x[t - p], e1 = x[t + 1] - x[t + 1 - p];
                double e2 = x[t + 2] - x[t + 2 - p], e3 = x[t + 3] - x[t + 3 - p];
                double e4 = x[t + 4] - x[t + 4 - p], e5 = x[t + 5] - x[t + 5 - p];
                double e6 = x[t + 6] - x[t + 6 - p], e7 = x[t + 7] - x[t + 7 - p];
                double a0 = e0 + dPrev, a1 = e1 + e0, a2 = e2 + e1, a3 = e3 + e2;
                double a4 = e4 + e3, a5 = e5 + e4, a6 = e6 + e5, a7 = e7 + e6;
                double b0 = a0 + pair2, b1 = a1 + pairPrev, b2 = a2 + a0, b3 = a3 + a1;
                double b4 = a4 + a2, b5 = a5 + a3, b6 = a6 + a4, b7 = a7 + a5;
                s0 += b0 + quad4;
                s1 += b1 + quad3;
                s2 += b2 + quad2;
                s3 += b3 + quad1;
                s4 += b4 + b0;
                s5 += b5 + b1;
                s6 += b6 + b2;
                s7 += b7 + b3;
                int o = outOffset + t;
                out[o] = s0 * scale;
                out[o + 1] = s1 * scale;
                out[o + 2] = s2 * scale;
                out[o + 3] = s3 * scale;
                out[o + 4] = s4 * scale;
                out[o + 5] = s5 * scale;
                out[o + 6] = s6 * scale;
                out[o + 7] = s7 * scale;
                dPrev = e7;
                pairPrev = a7;
                pair2 = a6;
                quad1 = b7;
                quad2 = b6;
                quad3 = b5;
                quad4 = b4;
            }
            sums[0] = s0;
            sums[1] = s1;
            sums[2] = s2;
            sums[3] = s3;
            sums[4] = s4;
            sums[5] = s5;
            sums[6] = s6;
            sums[7] = s7;
            return t;
        }
    }
}
