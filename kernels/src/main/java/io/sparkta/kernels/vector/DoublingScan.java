package io.sparkta.kernels.vector;

import static java.lang.Math.fma;

/**
 * The recursion {@code y[t] = a y[t-1] + v[t]} over non-negative inputs (gains, losses, true ranges) in blocks
 * of {@link #BLOCK} counted from the seed, each block by prefix doubling. Output i of a block is defined by
 * <pre>
 *   s1[i] = fma(a,   v[i-1],  v[i])   for i >= 1, else v[i]
 *   s2[i] = fma(a^2, s1[i-2], s1[i])  for i >= 2, else s1[i]
 *   s3[i] = fma(a^4, s2[i-4], s2[i])  for i >= 4, else s2[i]
 *   y[i]  = fma(a^(i+1), carry, s3[i])
 * </pre>
 * where carry is the previous block's last output (the seed for the first block) and the powers come from
 * repeated multiplication ({@code a^2 = a a}, {@code a^4 = a^2 a^2}, {@code a^(i+1) = a^i a}). Only the carry
 * is sequential, one fused multiply-add per block. A vector kernel performs each level as one lane rotation and
 * one fused multiply-add over the whole block, with zero weights in the lanes below the distance: adding zero
 * times a finite non-negative value leaves those lanes unchanged, so it gives these bits wherever the block's
 * values are finite. A non-finite value reaches the block's last output and so every later carry, where a
 * caller sees it.
 */
public final class DoublingScan {
    /** Points per block, fixed (never the hardware's lane count). */
    public static final int BLOCK = 8;

    private final double a, a2, a4;
    private final double[] carryWeights = new double[BLOCK];

    public DoublingScan(double a) {
        this.a = a;
        this.a2 = a * a;
        this.a4 = a2 * a2;
        double power = 1.0;
        for (int i = 0; i < BLOCK; i++) {
            power *= a;
            carryWeights[i] = power;
        }
    }

    /** The weights of one level in lane order: 0 below {@code distance} (1, 2 or 4), a^distance from it on. */
    public double[] levelWeights(int distance) {
        double w = distance == 1 ? a : distance == 2 ? a2 : a4;
        double[] weights = new double[BLOCK];
        for (int i = distance; i < BLOCK; i++) {
            weights[i] = w;
        }
        return weights;
    }

    /** The carry's weight in each lane, {@code a^(i+1)}. */
    public double[] carryWeights() {
        return carryWeights.clone();
    }

    /** One block, the formula written out: {@code y[yAt..yAt+8)} from {@code v[0..8)}; returns the next carry. */
    public double block(double carry, double[] v, double[] y, int yAt) {
        double v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3], v4 = v[4], v5 = v[5], v6 = v[6], v7 = v[7];
        double s1 = fma(a, v0, v1), s2 = fma(a, v1, v2), s3 = fma(a, v2, v3), s4 = fma(a, v3, v4);
        double s5 = fma(a, v4, v5), s6 = fma(a, v5, v6), s7 = fma(a, v6, v7);
        double q2 = fma(a2, v0, s2), q3 = fma(a2, s1, s3), q4 = fma(a2, s2, s4), q5 = fma(a2, s3, s5);
        double q6 = fma(a2, s4, s6), q7 = fma(a2, s5, s7);
        double[] w = carryWeights;
        y[yAt] = fma(w[0], carry, v0);
        y[yAt + 1] = fma(w[1], carry, s1);
        y[yAt + 2] = fma(w[2], carry, q2);
        y[yAt + 3] = fma(w[3], carry, q3);
        y[yAt + 4] = fma(w[4], carry, fma(a4, v0, q4));
        y[yAt + 5] = fma(w[5], carry, fma(a4, s1, q5));
        y[yAt + 6] = fma(w[6], carry, fma(a4, q2, q6));
        double last = fma(w[7], carry, fma(a4, q3, q7));
        y[yAt + 7] = last;
        return last;
    }

    /** The scan one input at a time (streams, and a series' last partial block), from {@code seed} on. */
    public Step step(double seed) {
        return new Step(seed);
    }

    /** See {@link #step}. */
    public final class Step {
        /** The block's inputs, then its first and second levels. */
        private final double[] levels = new double[3 * BLOCK];
        private double carry;
        private int filled;

        private Step(double seed) {
            carry = seed;
        }

        public double next(double v) {
            int i = filled;
            double[] s = levels;
            s[i] = v;
            double s1 = i >= 1 ? fma(a, s[i - 1], v) : v;
            s[BLOCK + i] = s1;
            double s2 = i >= 2 ? fma(a2, s[BLOCK + i - 2], s1) : s1;
            s[2 * BLOCK + i] = s2;
            double s3 = i >= 4 ? fma(a4, s[2 * BLOCK + i - 4], s2) : s2;
            double y = fma(carryWeights[i], carry, s3);
            if (++filled == BLOCK) {
                filled = 0;
                carry = y;
            }
            return y;
        }
    }
}
