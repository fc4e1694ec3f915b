package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.Shares;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Shares} a vector of elements at a time: the division, which bounds the scalar loop, runs per lane. */
public class VectorShares implements Shares {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void percent(double[] part, double[] other, int count, double[] out, int outAt) {
        int i = 0;
        for (; i <= count - S.length(); i += S.length()) {
            DoubleVector p = DoubleVector.fromArray(S, part, i);
            DoubleVector total = p.add(DoubleVector.fromArray(S, other, i));
            VectorMask<Double> none = total.compare(VectorOperators.EQ, 0.0);
            p.mul(100.0).div(total).blend(50.0, none).intoArray(out, outAt + i);
        }
        for (; i < count; i++) {
            out[outAt + i] = Shares.percent(part[i], other[i]);
        }
    }
}
