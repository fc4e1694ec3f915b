package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.LinearScan;
import io.sparkta.kernels.vector.LinearScanRows;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LinearScanRows} with one row per lane: the coefficients laid out [output i][input j][lane], each
 * output of a block the scalar formula's fused multiply-adds in its order (inputs j = 0..i only, so no zero
 * coefficient meets a non-finite input), the block's outputs staged and then copied to their rows.
 */
public class VectorLinearScanRows implements LinearScanRows {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int B = LinearScan.BLOCK;

    @Override
    public int lanes() {
        return L;
    }

    @Override
    public void group(LinearScan.Coefficients[] k, double[] carries, int rows, double[] x, int start, int n,
                      double[] out, int[] rowAt) {
        double[] weights = new double[B * B * L], carryWeights = new double[B * L];
        for (int lane = 0; lane < L; lane++) {
            for (int i = 0; i < B; i++) {
                for (int j = 0; j <= i; j++) {
                    weights[(i * B + j) * L + lane] = k[lane].weight(i, j);
                }
                carryWeights[i * L + lane] = k[lane].carryWeight(i);
            }
        }
        double[] staged = new double[B * L];
        DoubleVector carry = DoubleVector.fromArray(S, carries, 0);
        int t = start;
        for (; t + B <= n; t += B) {
            carry = block(weights, carryWeights, carry, x, t, B, staged);
            copyOut(staged, rows, B, out, rowAt, t);
        }
        if (t < n) {
            block(weights, carryWeights, carry, x, t, n - t, staged);
            copyOut(staged, rows, n - t, out, rowAt, t);
        }
    }

    /** Outputs [0, count) of the block at x[t] into {@code staged[i * L + lane]}; returns the last one. */
    private static DoubleVector block(double[] weights, double[] carryWeights, DoubleVector carry, double[] x, int t,
                                      int count, double[] staged) {
        DoubleVector y = carry;
        for (int i = 0; i < count; i++) {
            DoubleVector local = DoubleVector.zero(S);
            for (int j = 0; j <= i; j++) {
                local = DoubleVector.fromArray(S, weights, (i * B + j) * L)
                        .fma(DoubleVector.broadcast(S, x[t + j]), local);
            }
            y = DoubleVector.fromArray(S, carryWeights, i * L).fma(carry, local);
            y.intoArray(staged, i * L);
        }
        return y;
    }

    private static void copyOut(double[] staged, int rows, int count, double[] out, int[] rowAt, int t) {
        for (int lane = 0; lane < rows; lane++) {
            int at = rowAt[lane] + t;
            for (int i = 0; i < count; i++) {
                out[at + i] = staged[i * L + lane];
            }
        }
    }
}
