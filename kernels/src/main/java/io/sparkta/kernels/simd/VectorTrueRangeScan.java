package io.sparkta.kernels.simd;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.vector.DoublingScan;
import io.sparkta.kernels.vector.TrueRangeScan;
import jdk.incubator.vector.DoubleVector;

/**
 * {@link TrueRangeScan} a block per 8-lane vector, in registers from the loads of the bars to the store of the
 * outputs. A NaN bar would reach the lanes before it through the rotations' zero weights, so a chunk whose
 * last output is not finite is computed again by the scalar kernel from the chunk's carry.
 */
public class VectorTrueRangeScan implements TrueRangeScan {
    private static final int B = DoublingScan.BLOCK;
    private static final int CHUNK_BLOCKS = 64;

    @Override
    public double blocks(DoublingScan scan, double weight, double carry, double[] high, int highAt, double[] low,
                         int lowAt, double[] close, int closeAt, double[] out, int outAt, int blocks) {
        TrueRangeScan scalar = TrueRangeScan.of(Vectorization.SCALAR);
        if (!DoublingScanVectors.USABLE) {
            return scalar.blocks(scan, weight, carry, high, highAt, low, lowAt, close, closeAt, out, outAt, blocks);
        }
        for (int done = 0; done < blocks; done += CHUNK_BLOCKS) {
            int count = Math.min(CHUNK_BLOCKS, blocks - done), at = done * B;
            double next = chunk(scan, weight, carry, high, highAt + at, low, lowAt + at, close, closeAt + at, out,
                    outAt + at, count);
            carry = Double.isFinite(next) ? next : scalar.blocks(scan, weight, carry, high, highAt + at, low,
                    lowAt + at, close, closeAt + at, out, outAt + at, count);
        }
        return carry;
    }

    private static double chunk(DoublingScan scan, double weight, double carry, double[] high, int highAt,
                                double[] low, int lowAt, double[] close, int closeAt, double[] out, int outAt,
                                int blocks) {
        DoubleVector level1 = DoublingScanVectors.of(scan.levelWeights(1));
        DoubleVector level2 = DoublingScanVectors.of(scan.levelWeights(2));
        DoubleVector level4 = DoublingScanVectors.of(scan.levelWeights(4));
        double[] carries = scan.carryWeights();
        DoubleVector carryWeights = DoublingScanVectors.of(carries);
        double last = carries[B - 1];
        for (int k = 0; k < blocks; k++, highAt += B, lowAt += B, closeAt += B, outAt += B) {
            DoubleVector h = DoubleVector.fromArray(DoublingScanVectors.S, high, highAt);
            DoubleVector l = DoubleVector.fromArray(DoublingScanVectors.S, low, lowAt);
            DoubleVector c = DoubleVector.fromArray(DoublingScanVectors.S, close, closeAt);
            DoubleVector ranges = h.sub(l).max(h.sub(c).abs().max(l.sub(c).abs())).mul(weight);
            DoubleVector levels = DoublingScanVectors.levels(ranges, level1, level2, level4);
            carryWeights.fma(DoubleVector.broadcast(DoublingScanVectors.S, carry), levels).intoArray(out, outAt);
            carry = DoublingScanVectors.nextCarry(last, carry, levels);
        }
        return carry;
    }
}
