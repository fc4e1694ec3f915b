package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.WindowMeans;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMeans}' eight windows per step as one vector of eight lanes: the tree's pair, quad and octet sums
 * are an in-register scan of the vector of differences, each level adding the level below shifted by 1, 2 and 4
 * lanes with the previous vector's top lanes shifted in ({@code slice}), so each value is loaded once and each
 * sum taken once, as the scalar loop does. The stride is the contract's eight lanes on every machine; where the
 * preferred vector holds fewer than eight doubles the scalar loop runs instead.
 */
public final class VectorWindowMeans implements WindowMeans.Kernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512;
    private static final boolean EIGHT_LANES = DoubleVector.SPECIES_PREFERRED.length() >= WindowMeans.STRIDE;

    @Override
    public int advance(double[] x, int p, double scale, int from, int to, double[] d, double[] a, double[] b,
                       double[] sums, double[] out, int outOffset) {
        if (!EIGHT_LANES) {
            return WindowMeans.scalar().advance(x, p, scale, from, to, d, a, b, sums, out, outOffset);
        }
        DoubleVector dPrev = DoubleVector.fromArray(S, d, 0);
        DoubleVector aPrev = DoubleVector.fromArray(S, a, 0);
        DoubleVector bPrev = DoubleVector.fromArray(S, b, 0);
        DoubleVector s = DoubleVector.fromArray(S, sums, 0);
        int t = from;
        for (; t + WindowMeans.STRIDE <= to; t += WindowMeans.STRIDE) {
            DoubleVector e = DoubleVector.fromArray(S, x, t).sub(DoubleVector.fromArray(S, x, t - p));
            DoubleVector pairs = e.add(dPrev.slice(7, e));
            DoubleVector quads = pairs.add(aPrev.slice(6, pairs));
            s = s.add(quads.add(bPrev.slice(4, quads)));
            s.mul(scale).intoArray(out, outOffset + t);
            dPrev = e;
            aPrev = pairs;
            bPrev = quads;
        }
        s.intoArray(sums, 0);
        return t;
    }
}
