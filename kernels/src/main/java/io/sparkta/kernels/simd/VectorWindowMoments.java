package io.sparkta.kernels.simd;

import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.spi.WindowMoments;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMoments} a block of windows at a time when deviations are wanted: the running sums of a block
 * go into two small arrays that stay in L1 (a dependent chain, scalar), then the divisions and square roots,
 * which bound the scalar loop, run a vector of windows at a time with the scalar per-window order. Means
 * alone gain nothing from it and take the scalar pass.
 */
public final class VectorWindowMoments implements WindowMoments {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int BLOCK = 512;

    @Override
    public boolean compute(double[] x, int first, int p, double[] mean, int meanOffset, double[] dev,
                           int devOffset) {
        if (dev == null) {
            return WindowMoments.of(Kernel.SCALAR).compute(x, first, p, mean, meanOffset, null, 0);
        }
        int n = x.length;
        double pd = p;
        double[] sums = new double[BLOCK], squares = new double[BLOCK];
        DoubleVector period = DoubleVector.broadcast(S, pd), zero = DoubleVector.zero(S);
        double sum = 0.0, sumSq = 0.0;
        for (int i = first; i < first + p; i++) {
            sum += x[i];
            sumSq += x[i] * x[i];
        }
        for (int start = first + p - 1; start < n; start += BLOCK) {
            int count = Math.min(BLOCK, n - start);
            for (int k = 0; k < count; k++) {
                int t = start + k;
                if (t >= first + p) {
                    double v = x[t], old = x[t - p];
                    sum += v;
                    sum -= old;
                    sumSq += v * v - old * old;
                }
                sums[k] = sum;
                squares[k] = sumSq;
            }
            int k = 0;
            for (; k + L <= count; k += L) {
                DoubleVector m = DoubleVector.fromArray(S, sums, k).div(period);
                m.intoArray(mean, meanOffset + start + k);
                DoubleVector var = DoubleVector.fromArray(S, squares, k).div(period).sub(m.mul(m));
                var.sqrt().blend(zero, var.compare(VectorOperators.GT, zero).not())
                        .intoArray(dev, devOffset + start + k);
            }
            for (; k < count; k++) {
                WindowMoments.finish(sums[k], squares[k], pd, mean, meanOffset + start + k, dev,
                        devOffset + start + k);
            }
        }
        return !Double.isNaN(sum);
    }
}
