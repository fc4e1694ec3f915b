package io.sparkta.kernels.simd;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.vector.DoublingScan;
import io.sparkta.kernels.vector.GainLossScan;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link GainLossScan} a block per 8-lane vector, in registers from the loads of x to the store of the
 * strengths: the changes, gains and losses, both scans ({@link DoublingScanVectors}) and the division.
 */
public class VectorGainLossScan implements GainLossScan {
    private static final int B = DoublingScan.BLOCK;

    @Override
    public void blocks(DoublingScan scan, double[] sums, double[] x, int xAt, double[] out, int outAt, int blocks) {
        if (!DoublingScanVectors.USABLE) {
            GainLossScan.of(Vectorization.SCALAR).blocks(scan, sums, x, xAt, out, outAt, blocks);
            return;
        }
        DoubleVector level1 = DoublingScanVectors.of(scan.levelWeights(1));
        DoubleVector level2 = DoublingScanVectors.of(scan.levelWeights(2));
        DoubleVector level4 = DoublingScanVectors.of(scan.levelWeights(4));
        double[] carries = scan.carryWeights();
        DoubleVector carryWeights = DoublingScanVectors.of(carries);
        double last = carries[B - 1], gain = sums[0], loss = sums[1];
        for (int k = 0; k < blocks; k++, xAt += B, outAt += B) {
            DoubleVector change = DoubleVector.fromArray(DoublingScanVectors.S, x, xAt)
                    .sub(DoubleVector.fromArray(DoublingScanVectors.S, x, xAt - 1));
            // max(change, 0) as Math.max gives it: +0 for -0, NaN kept
            DoubleVector up = change.blend(0.0, change.compare(VectorOperators.LE, 0.0)), down = up.sub(change);
            DoubleVector gainLevels = DoublingScanVectors.levels(up, level1, level2, level4);
            DoubleVector lossLevels = DoublingScanVectors.levels(down, level1, level2, level4);
            DoubleVector gains = carryWeights.fma(DoubleVector.broadcast(DoublingScanVectors.S, gain), gainLevels);
            DoubleVector losses = carryWeights.fma(DoubleVector.broadcast(DoublingScanVectors.S, loss), lossLevels);
            gain = DoublingScanVectors.nextCarry(last, gain, gainLevels);
            loss = DoublingScanVectors.nextCarry(last, loss, lossLevels);
            DoubleVector total = gains.add(losses);
            gains.mul(100.0).div(total).blend(50.0, total.compare(VectorOperators.EQ, 0.0)).intoArray(out, outAt);
        }
        sums[0] = gain;
        sums[1] = loss;
    }
}
