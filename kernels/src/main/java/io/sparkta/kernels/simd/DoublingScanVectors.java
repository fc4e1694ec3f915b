package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.DoublingScan;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * One {@link DoublingScan} block in one 8-lane vector: each level a lane rotation and one fused multiply-add
 * (the weights below the level's distance are zero), then the carry's term. Machines whose preferred vectors
 * hold fewer than 8 doubles run the scalar formula instead ({@link #USABLE}).
 */
final class DoublingScanVectors {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_512;
    static final boolean USABLE = DoubleVector.SPECIES_PREFERRED.length() >= DoublingScan.BLOCK;
    private static final VectorShuffle<Double> BY_1 = VectorShuffle.fromValues(S, 7, 0, 1, 2, 3, 4, 5, 6);
    private static final VectorShuffle<Double> BY_2 = VectorShuffle.fromValues(S, 6, 7, 0, 1, 2, 3, 4, 5);
    private static final VectorShuffle<Double> BY_4 = VectorShuffle.fromValues(S, 4, 5, 6, 7, 0, 1, 2, 3);

    final DoubleVector level1, level2, level4, carryWeights;
    final double lastCarryWeight;

    DoublingScanVectors(DoublingScan scan) {
        level1 = DoubleVector.fromArray(S, scan.levelWeights(1), 0);
        level2 = DoubleVector.fromArray(S, scan.levelWeights(2), 0);
        level4 = DoubleVector.fromArray(S, scan.levelWeights(4), 0);
        double[] carries = scan.carryWeights();
        carryWeights = DoubleVector.fromArray(S, carries, 0);
        lastCarryWeight = carries[DoublingScan.BLOCK - 1];
    }

    /** The block's sums before the carry's term ({@code s3} of the formula). */
    DoubleVector levels(DoubleVector v) {
        DoubleVector s = level1.fma(v.rearrange(BY_1), v);
        s = level2.fma(s.rearrange(BY_2), s);
        return level4.fma(s.rearrange(BY_4), s);
    }

    /** The block's outputs from its sums and the carry. */
    DoubleVector outputs(DoubleVector levels, double carry) {
        return carryWeights.fma(DoubleVector.broadcast(S, carry), levels);
    }

    /** The next block's carry: the last lane's operation, done on scalars so the chain skips the vector. */
    double nextCarry(DoubleVector levels, double carry) {
        return Math.fma(lastCarryWeight, carry, levels.lane(DoublingScan.BLOCK - 1));
    }
}
