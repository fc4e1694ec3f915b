package io.sparkta.kernels.simd;

import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.spi.DoubleMemory;
import io.sparkta.kernels.spi.WindowMoments;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMoments} a block of windows at a time when deviations are wanted: the running sums of a block
 * go into two small arrays that stay in L1 (a dependent chain, scalar), then the divisions and square roots,
 * which bound the scalar loop, run a vector of windows at a time with the scalar per-window order, straight
 * into heap outputs or through two more L1 arrays into off-heap ones. Means alone gain nothing from it and
 * take the scalar pass.
 */
public final class VectorWindowMoments implements WindowMoments {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int BLOCK = 512;

    @Override
    public boolean compute(DoubleMemory x, int n, int first, int p, DoubleMemory mean, DoubleMemory dev) {
        if (dev == null) {
            return WindowMoments.of(Kernel.SCALAR).compute(x, n, first, p, mean, null);
        }
        double pd = p;
        double[] sums = new double[BLOCK], squares = new double[BLOCK];
        // Heap outputs take the vectors directly; off-heap ones through two more L1 arrays.
        double[] meanArray = mean.array(), devArray = dev.array();
        boolean direct = meanArray != null && devArray != null;
        double[] means = direct ? null : new double[BLOCK], devs = direct ? null : new double[BLOCK];
        double sum = 0.0, sumSq = 0.0;
        for (int i = first; i < first + p; i++) {
            double v = x.get(i);
            sum += v;
            sumSq += v * v;
        }
        // Each block's values and the p before them are staged in L1, so the running sums read an array.
        double[] window = new double[BLOCK + p];
        for (int start = first + p - 1; start < n; start += BLOCK) {
            int count = Math.min(BLOCK, n - start);
            int from = Math.max(first, start - p);
            x.copyTo(from, window, 0, start + count - from);
            int shift = from; // window[t - shift] holds x[t]
            for (int k = 0; k < count; k++) {
                int t = start + k;
                if (t >= first + p) {
                    double v = window[t - shift], old = window[t - p - shift];
                    sum += v;
                    sum -= old;
                    sumSq += v * v - old * old;
                }
                sums[k] = sum;
                squares[k] = sumSq;
            }
            if (direct) {
                finishBlock(sums, squares, count, pd, meanArray, mean.arrayIndex(start), devArray,
                        dev.arrayIndex(start));
            } else {
                finishBlock(sums, squares, count, pd, means, 0, devs, 0);
                mean.copyFrom(means, start, count);
                dev.copyFrom(devs, start, count);
            }
        }
        return !Double.isNaN(sum);
    }

    /** Turns a block's sums into means and deviations, written from {@code meanAt} and {@code devAt}. */
    private static void finishBlock(double[] sums, double[] squares, int count, double pd, double[] means,
                                    int meanAt, double[] devs, int devAt) {
        DoubleVector period = DoubleVector.broadcast(S, pd), zero = DoubleVector.zero(S);
        int k = 0;
        for (; k + L <= count; k += L) {
            DoubleVector m = DoubleVector.fromArray(S, sums, k).div(period);
            DoubleVector var = DoubleVector.fromArray(S, squares, k).div(period).sub(m.mul(m));
            m.intoArray(means, meanAt + k);
            var.sqrt().blend(zero, var.compare(VectorOperators.GT, zero).not()).intoArray(devs, devAt + k);
        }
        for (; k < count; k++) {
            double m = sums[k] / pd;
            means[meanAt + k] = m;
            devs[devAt + k] = WindowMoments.deviation(squares[k], m, pd);
        }
    }
}
