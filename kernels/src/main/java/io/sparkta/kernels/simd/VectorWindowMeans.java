package io.sparkta.kernels.simd;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.vector.WindowMeans;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMeans} with a vector of consecutive windows' sums: lane j of the vector at t holds window
 * t + j's sum and advances by the differences' tree of shifted loads, exactly the scalar order. Where the
 * vector is narrower than the stride of eight, each block of windows is swept once per group of lanes, its
 * values staying in L1 between the sweeps.
 */
public class VectorWindowMeans implements WindowMeans {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void advance(double[] x, int p, double scale, int from, int to, double[] sums, double[] out,
                        int outOffset) {
        if (STRIDE % L != 0) {
            WindowMeans.of(Vectorization.SCALAR).advance(x, p, scale, from, to, sums, out,
                    outOffset);
            return;
        }
        int whole = from + (to - from) / STRIDE * STRIDE;
        for (int start = from; start < whole; start += BLOCK) {
            int end = Math.min(whole, start + BLOCK);
            for (int lane = 0; lane < STRIDE; lane += L) {
                DoubleVector sum = DoubleVector.fromArray(S, sums, lane);
                for (int t = start + lane; t < end; t += STRIDE) {
                    sum = sum.add(differences(x, t, p));
                    sum.mul(scale).intoArray(out, outOffset + t);
                }
                sum.intoArray(sums, lane);
            }
        }
        WindowMeans.remainder(x, p, scale, whole, to, from, sums, out, outOffset);
    }

    /** The eight differences' tree for windows t .. t + L - 1. */
    private static DoubleVector differences(double[] x, int t, int p) {
        DoubleVector d0 = difference(x, t, p), d1 = difference(x, t - 1, p);
        DoubleVector d2 = difference(x, t - 2, p), d3 = difference(x, t - 3, p);
        DoubleVector d4 = difference(x, t - 4, p), d5 = difference(x, t - 5, p);
        DoubleVector d6 = difference(x, t - 6, p), d7 = difference(x, t - 7, p);
        return d0.add(d1).add(d2.add(d3)).add(d4.add(d5).add(d6.add(d7)));
    }

    private static DoubleVector difference(double[] x, int t, int p) {
        return DoubleVector.fromArray(S, x, t).sub(DoubleVector.fromArray(S, x, t - p));
    }
}
