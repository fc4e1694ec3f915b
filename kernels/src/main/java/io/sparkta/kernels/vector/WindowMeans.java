package io.sparkta.kernels.vector;

import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Means of the windows of p values over a run of values without NaN, by window sums that advance eight
 * windows at a time: {@code S[t] = S[t - 8] + D(t)}, where {@code D(t)} is the sum of the last eight differences
 * {@code d(u) = x[u] - x[u - p]}, added as the tree {@code ((d0 + d1) + (d2 + d3)) + ((d4 + d5) + (d6 + d7))}
 * (dk = d(t - k)). A running sum adds one difference per window and each addition waits for the previous one;
 * here eight windows' sums are independent, and the loop keeps eight additions in flight. Scalar on every
 * machine: vector forms of it (a vector of windows per step, from shifted loads) measured slower than this loop
 * on the AVX-512 machine of docs/performance.md, their unaligned loads and stores costing more than the
 * arithmetic they share.
 *
 * <p>The first eight windows of a run are seeded in order: {@code S[full]} adds the first window's values left
 * to right from 0.0, then {@code S[t] = S[t - 1] + d(t)}. The mean is {@code S[t] * (1.0 / p)}. Rounding errors
 * accumulate once per eight windows, where a running sum's do once per window.
 */
public final class WindowMeans {
    /** Windows whose sums advance together. */
    public static final int STRIDE = 8;
    /** Windows per block staged through L1 off the heap: a multiple of the stride. */
    private static final int BLOCK = 1024;

    private WindowMeans() {
    }

    /**
     * Writes the means of the windows ending at [full, end), all within values without NaN from
     * {@code full - p + 1} on, into {@code out} at the same indices: any memory, through arrays that stay in L1
     * where the memory is off the heap. Returns false when the sums ended NaN: an infinity met its opposite, or
     * the run was not free of NaN after all.
     */
    public static boolean run(DoubleMemory x, int p, int full, int end, DoubleMemory out) {
        double scale = 1.0 / p;
        double[] sums = new double[STRIDE];
        int seeded = Math.min(end, full + STRIDE);
        double sum = 0.0;
        for (int i = full - p + 1; i <= full; i++) {
            sum += x.get(i);
        }
        for (int t = full; t < seeded; t++) {
            if (t > full) {
                sum += x.get(t) - x.get(t - p);
            }
            sums[t - full] = sum;
            out.put(t, sum * scale);
        }
        if (seeded == end) {
            return !Double.isNaN(sum);
        }
        if (x.array() != null && out.array() != null) { // index t of x is x.array()[shift + t]
            int shift = x.arrayIndex(0);
            advance(x.array(), p, scale, seeded + shift, end + shift, sums, out.array(),
                    out.arrayIndex(0) - shift);
            return numbers(sums);
        }
        int history = p + STRIDE - 1;
        double[] window = new double[BLOCK + history];
        double[] block = new double[BLOCK];
        for (int t = seeded; t < end; t += BLOCK) { // BLOCK is a multiple of STRIDE, so sums stay in order
            int m = Math.min(BLOCK, end - t);
            x.copyTo(t - history, window, 0, m + history);
            advance(window, p, scale, history, history + m, sums, block, -history);
            out.copyFrom(block, t, m);
        }
        return numbers(sums);
    }

    private static boolean numbers(double[] sums) {
        for (double s : sums) {
            if (Double.isNaN(s)) {
                return false;
            }
        }
        return true;
    }

    /** {@code D(t)} over an array, in the tree's order (the scalar loop's remainder and streams). */
    public static double differences(double[] x, int t, int p) {
        return ((difference(x, t, p) + difference(x, t - 1, p)) + (difference(x, t - 2, p) + difference(x, t - 3, p)))
                + ((difference(x, t - 4, p) + difference(x, t - 5, p))
                + (difference(x, t - 6, p) + difference(x, t - 7, p)));
    }

    private static double difference(double[] x, int t, int p) {
        return x[t] - x[t - p];
    }

    /**
     * Writes {@code out[outOffset + t] = S[t] * scale} for every t in [from, to), from {@code sums}, which holds
     * {@code S[from - 8 + k]} at k on entry and window t's sum at {@code (t - from) mod 8} on return; the
     * differences read x from {@code from - 7 - p} on. Eight windows per iteration, the tree's pair sums carried
     * from one iteration to the next: each difference is taken once and each pair sum once, four additions per
     * window in all.
     */
    private static void advance(double[] x, int p, double scale, int from, int to, double[] sums, double[] out,
                            int outOffset) {
        int t = from;
        double dPrev = x[t - 1] - x[t - 1 - p];
        double d2 = x[t - 2] - x[t - 2 - p];
        double d3 = x[t - 3] - x[t - 3 - p];
        double pairPrev = dPrev + d2; // d(u) + d(u - 1) at u = t - 1, t - 2
        double pair2 = d2 + d3;
        double pair3 = d3 + (x[t - 4] - x[t - 4 - p]);
        double pair4 = (x[t - 4] - x[t - 4 - p]) + (x[t - 5] - x[t - 5 - p]);
        double pair5 = (x[t - 5] - x[t - 5 - p]) + (x[t - 6] - x[t - 6 - p]);
        double pair6 = (x[t - 6] - x[t - 6 - p]) + (x[t - 7] - x[t - 7 - p]);
        // the sums of four differences ending at u = t - 1 .. t - 4
        double quad1 = pairPrev + pair3;
        double quad2 = pair2 + pair4;
        double quad3 = pair3 + pair5;
        double quad4 = pair4 + pair6;
        double s0 = sums[0], s1 = sums[1], s2 = sums[2], s3 = sums[3];
        double s4 = sums[4], s5 = sums[5], s6 = sums[6], s7 = sums[7];
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
        remainder(x, p, scale, t, to, from, sums, out, outOffset);
    }

    /** Windows [t, to) one at a time (the last, fewer than eight). */
    private static void remainder(double[] x, int p, double scale, int t, int to, int from, double[] sums,
                                  double[] out, int outOffset) {
        for (; t < to; t++) {
            int lane = (t - from) & (STRIDE - 1);
            sums[lane] += differences(x, t, p);
            out[outOffset + t] = sums[lane] * scale;
        }
    }
}
