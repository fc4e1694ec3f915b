package io.sparkta.kernels.simd;

import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.spi.DoubleMemory;
import io.sparkta.kernels.spi.WindowMoments;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMoments} a block of windows at a time when deviations are wanted: the running sums of a block
 * go into two small arrays that stay in L1 (a dependent chain, scalar), then the divisions, square roots and
 * bands, which bound the scalar loop, run a vector of windows at a time with the scalar per-window order,
 * straight into heap outputs or through L1 arrays into off-heap ones. Means alone gain nothing from it and
 * take the scalar pass.
 */
public final class VectorWindowMoments implements WindowMoments {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int BLOCK = 512;

    @Override
    public boolean compute(DoubleMemory x, int n, int first, int p, DoubleMemory mean, DoubleMemory dev,
                           Bands bands) {
        if (dev == null && bands == null) {
            return WindowMoments.of(Kernel.SCALAR).compute(x, n, first, p, mean, null, null);
        }
        double pd = p;
        double[] sums = new double[BLOCK], squares = new double[BLOCK];
        BlockOutput means = new BlockOutput(mean);
        BlockOutput devs = dev == null ? null : new BlockOutput(dev);
        BlockOutput uppers = bands == null ? null : new BlockOutput(bands.upper());
        BlockOutput lowers = bands == null ? null : new BlockOutput(bands.lower());
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
            finishBlock(sums, squares, count, pd, means, devs, bands, uppers, lowers, start);
        }
        return !Double.isNaN(sum);
    }

    /**
     * An output written a block at a time: straight into its heap array, or through an L1 array that is then
     * copied off the heap (JDK 17's Vector API stores only into arrays).
     */
    private static final class BlockOutput {
        private final DoubleMemory memory;
        private final double[] heap;
        private final double[] staging;

        BlockOutput(DoubleMemory memory) {
            this.memory = memory;
            this.heap = memory.array();
            this.staging = heap == null ? new double[BLOCK] : null;
        }

        double[] array() {
            return heap != null ? heap : staging;
        }

        /** Where the block starting at time {@code start} goes in {@link #array()}. */
        int at(int start) {
            return heap != null ? memory.arrayIndex(start) : 0;
        }

        void flush(int start, int count) {
            if (heap == null) {
                memory.copyFrom(staging, start, count);
            }
        }
    }

    /**
     * A block's means, and its deviations or bands where wanted, from its running sums: one division per sum
     * and one square root per window, shared by every output.
     */
    private static void finishBlock(double[] sums, double[] squares, int count, double pd, BlockOutput meanOut,
                                    BlockOutput devOut, Bands bands, BlockOutput upperOut, BlockOutput lowerOut,
                                    int start) {
        boolean withDev = devOut != null, withBands = bands != null;
        double up = withBands ? bands.up() : 0.0, down = withBands ? bands.down() : 0.0;
        double[] mean = meanOut.array(), dev = withDev ? devOut.array() : null;
        double[] upper = withBands ? upperOut.array() : null, lower = withBands ? lowerOut.array() : null;
        int m0 = meanOut.at(start), d0 = withDev ? devOut.at(start) : 0;
        int u0 = withBands ? upperOut.at(start) : 0, l0 = withBands ? lowerOut.at(start) : 0;
        int k = 0;
        for (; k + L <= count; k += L) {
            DoubleVector m = DoubleVector.fromArray(S, sums, k).div(pd);
            DoubleVector var = DoubleVector.fromArray(S, squares, k).div(pd).sub(m.mul(m));
            DoubleVector d = var.sqrt().blend(0.0, var.compare(VectorOperators.GT, 0.0).not());
            m.intoArray(mean, m0 + k);
            if (withDev) {
                d.intoArray(dev, d0 + k);
            }
            if (withBands) {
                m.add(d.mul(up)).intoArray(upper, u0 + k);
                m.sub(d.mul(down)).intoArray(lower, l0 + k);
            }
        }
        for (; k < count; k++) {
            double m = sums[k] / pd;
            double d = WindowMoments.deviation(squares[k], m, pd);
            mean[m0 + k] = m;
            if (withDev) {
                dev[d0 + k] = d;
            }
            if (withBands) {
                upper[u0 + k] = m + up * d;
                lower[l0 + k] = m - down * d;
            }
        }
        meanOut.flush(start, count);
        if (withDev) {
            devOut.flush(start, count);
        }
        if (withBands) {
            upperOut.flush(start, count);
            lowerOut.flush(start, count);
        }
    }
}
