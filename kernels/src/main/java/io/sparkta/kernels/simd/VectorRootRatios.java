package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.RootRatios;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link RootRatios} a vector of lanes at a time. */
public class VectorRootRatios implements RootRatios {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void apply(double[] value, double[] meanSquare, int count, double[] out) {
        int k = 0;
        for (; k + L <= count; k += L) {
            DoubleVector ms = DoubleVector.fromArray(S, meanSquare, k);
            DoubleVector.fromArray(S, value, k).div(ms.sqrt()).blend(0.0, ms.compare(VectorOperators.EQ, 0.0))
                    .intoArray(out, k);
        }
        for (; k < count; k++) {
            out[k] = RootRatios.ratio(value[k], meanSquare[k]);
        }
    }
}
