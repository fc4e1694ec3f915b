package io.sparkta.kernels.simd;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.vector.LinearScan;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LinearScan}'s blocks as a lower-triangular matrix times the block: each input is broadcast and
 * multiplied into its column, one fused multiply-add per column in the scalar formula's order, in one
 * 8-lane vector or two 4-lane ones (the upper rows of the lower vector are all zero and skipped). The carry
 * runs as a scalar fused multiply-add per block, the same operation as the last lane's, so that the next
 * block never waits on a lane extraction. A chunk whose outputs are not all finite (a non-finite input: the
 * zero coefficients would turn an infinity into NaN) is computed again by the scalar formula. Narrower
 * vectors than 4 doubles gain nothing over the scalar formula and run it.
 */
public class VectorLinearScan implements LinearScan {
    private static final int B = LinearScan.BLOCK;
    private static final VectorSpecies<Double> S8 = DoubleVector.SPECIES_512;
    private static final VectorSpecies<Double> S4 = DoubleVector.SPECIES_256;
    private static final int LANES = DoubleVector.SPECIES_PREFERRED.length();
    private static final int CHUNK_BLOCKS = LinearScan.Chunks.SIZE / B;

    @Override
    public double blocks(Coefficients k, double carry, double[] x, int xAt, double[] y, int yAt, int blocks) {
        LinearScan scalar = LinearScan.of(Vectorization.SCALAR);
        if (LANES < 4) {
            return scalar.blocks(k, carry, x, xAt, y, yAt, blocks);
        }
        double[] columns = new double[B * B], carries = new double[B];
        for (int j = 0; j < B; j++) {
            for (int i = 0; i < B; i++) {
                columns[j * B + i] = k.weight(i, j);
            }
            carries[j] = k.carryWeight(j);
        }
        for (int done = 0; done < blocks; done += CHUNK_BLOCKS) {
            int count = Math.min(CHUNK_BLOCKS, blocks - done), xFrom = xAt + done * B, yFrom = yAt + done * B;
            double next = LANES >= 8 ? wide(columns, carries, carry, x, xFrom, y, yFrom, count)
                    : narrow(columns, carries, carry, x, xFrom, y, yFrom, count);
            carry = Double.isNaN(next) ? scalar.blocks(k, carry, x, xFrom, y, yFrom, count) : next;
        }
        return carry;
    }

    /** One 8-lane vector per block; returns the carry, or NaN when an output was not finite. */
    private static double wide(double[] columns, double[] carries, double carry, double[] x, int xAt, double[] y,
                               int yAt, int blocks) {
        DoubleVector c0 = DoubleVector.fromArray(S8, columns, 0), c1 = DoubleVector.fromArray(S8, columns, B);
        DoubleVector c2 = DoubleVector.fromArray(S8, columns, 2 * B), c3 = DoubleVector.fromArray(S8, columns, 3 * B);
        DoubleVector c4 = DoubleVector.fromArray(S8, columns, 4 * B), c5 = DoubleVector.fromArray(S8, columns, 5 * B);
        DoubleVector c6 = DoubleVector.fromArray(S8, columns, 6 * B), c7 = DoubleVector.fromArray(S8, columns, 7 * B);
        DoubleVector weights = DoubleVector.fromArray(S8, carries, 0), zero = DoubleVector.zero(S8);
        DoubleVector check = zero;
        double last = carries[B - 1];
        for (int b = 0; b < blocks; b++) {
            int o = xAt + b * B;
            DoubleVector local = c0.fma(DoubleVector.broadcast(S8, x[o]), zero);
            local = c1.fma(DoubleVector.broadcast(S8, x[o + 1]), local);
            local = c2.fma(DoubleVector.broadcast(S8, x[o + 2]), local);
            local = c3.fma(DoubleVector.broadcast(S8, x[o + 3]), local);
            local = c4.fma(DoubleVector.broadcast(S8, x[o + 4]), local);
            local = c5.fma(DoubleVector.broadcast(S8, x[o + 5]), local);
            local = c6.fma(DoubleVector.broadcast(S8, x[o + 6]), local);
            local = c7.fma(DoubleVector.broadcast(S8, x[o + 7]), local);
            DoubleVector out = weights.fma(DoubleVector.broadcast(S8, carry), local);
            out.intoArray(y, yAt + b * B);
            check = check.add(out.mul(0.0));
            carry = Math.fma(last, carry, local.lane(B - 1));
        }
        return check.reduceLanes(VectorOperators.ADD) == 0.0 ? carry : Double.NaN;
    }

    /** Two 4-lane vectors per block, rows 0..3 and 4..7; as {@link #wide}. */
    private static double narrow(double[] columns, double[] carries, double carry, double[] x, int xAt, double[] y,
                                 int yAt, int blocks) {
        int h = B / 2;
        DoubleVector l0 = DoubleVector.fromArray(S4, columns, 0), l1 = DoubleVector.fromArray(S4, columns, B);
        DoubleVector l2 = DoubleVector.fromArray(S4, columns, 2 * B), l3 = DoubleVector.fromArray(S4, columns, 3 * B);
        DoubleVector u0 = DoubleVector.fromArray(S4, columns, h), u1 = DoubleVector.fromArray(S4, columns, B + h);
        DoubleVector u2 = DoubleVector.fromArray(S4, columns, 2 * B + h);
        DoubleVector u3 = DoubleVector.fromArray(S4, columns, 3 * B + h);
        DoubleVector u4 = DoubleVector.fromArray(S4, columns, 4 * B + h);
        DoubleVector u5 = DoubleVector.fromArray(S4, columns, 5 * B + h);
        DoubleVector u6 = DoubleVector.fromArray(S4, columns, 6 * B + h);
        DoubleVector u7 = DoubleVector.fromArray(S4, columns, 7 * B + h);
        DoubleVector lowWeights = DoubleVector.fromArray(S4, carries, 0);
        DoubleVector highWeights = DoubleVector.fromArray(S4, carries, h), zero = DoubleVector.zero(S4);
        DoubleVector check = zero;
        double last = carries[B - 1];
        for (int b = 0; b < blocks; b++) {
            int o = xAt + b * B;
            DoubleVector x0 = DoubleVector.broadcast(S4, x[o]), x1 = DoubleVector.broadcast(S4, x[o + 1]);
            DoubleVector x2 = DoubleVector.broadcast(S4, x[o + 2]), x3 = DoubleVector.broadcast(S4, x[o + 3]);
            DoubleVector low = l3.fma(x3, l2.fma(x2, l1.fma(x1, l0.fma(x0, zero))));
            DoubleVector high = u3.fma(x3, u2.fma(x2, u1.fma(x1, u0.fma(x0, zero))));
            high = u4.fma(DoubleVector.broadcast(S4, x[o + 4]), high);
            high = u5.fma(DoubleVector.broadcast(S4, x[o + 5]), high);
            high = u6.fma(DoubleVector.broadcast(S4, x[o + 6]), high);
            high = u7.fma(DoubleVector.broadcast(S4, x[o + 7]), high);
            DoubleVector c = DoubleVector.broadcast(S4, carry);
            DoubleVector lowOut = lowWeights.fma(c, low), highOut = highWeights.fma(c, high);
            lowOut.intoArray(y, yAt + b * B);
            highOut.intoArray(y, yAt + b * B + h);
            check = check.add(lowOut.mul(0.0)).add(highOut.mul(0.0));
            carry = Math.fma(last, carry, high.lane(h - 1));
        }
        return check.reduceLanes(VectorOperators.ADD) == 0.0 ? carry : Double.NaN;
    }
}
