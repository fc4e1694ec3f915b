package io.sparkta.kernels.simd;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WindowMoments;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WindowMoments} a block of windows at a time when deviations are wanted: the running sums of a block
 * go into two small arrays that stay in L1 (a dependent chain, scalar), then the divisions, square roots and
 * bands, which bound the scalar loop, run a vector of windows at a time with the scalar per-window order,
 * straight into heap outputs or through L1 arrays into off-heap ones (on JDK 22+, {@code SegmentWindowMoments}
 * stores those directly). Means alone gain nothing from it and take the scalar pass.
 */
public class VectorWindowMoments implements WindowMoments {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int BLOCK = 512;

    @Override
    public boolean compute(DoubleMemory x, int n, int first, int p, DoubleMemory mean, DoubleMemory dev,
                           Bands bands) {
        if (dev == null && bands == null) {
            return WindowMoments.of(Vectorization.SCALAR).compute(x, n, first, p, mean, null, null);
        }
        double pd = p;
        double[] sums = new double[BLOCK], squares = new double[BLOCK];
        BlockOutput means = output(mean, n);
        BlockOutput devs = dev == null ? null : output(dev, n);
        BlockOutput uppers = bands == null ? null : output(bands.upper(), n);
        BlockOutput lowers = bands == null ? null : output(bands.lower(), n);
        List<BlockOutput> written = Stream.of(means, devs, uppers, lowers).filter(Objects::nonNull).toList();
        double sum = 0.0, sumSq = 0.0;
        for (int i = first; i < first + p; i++) {
            double v = x.get(i);
            sum += v;
            sumSq += v * v;
        }
        // Each block's values and the p before them are staged in L1, so the running sums read an array.
        double[] window = new double[BLOCK + p];
        double touched = 0.0;
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
            for (BlockOutput o : written) {
                o.begin(start);
            }
            // an off-heap input's next block is pulled into cache while this one finishes (see StagedOutput)
            DoubleMemory inputAhead = x.array() == null && start + 2 * BLOCK <= n ? x : null;
            touched += finishBlock(sums, squares, count, pd, means, devs, bands, uppers, lowers, inputAhead,
                    start + BLOCK);
            for (BlockOutput o : written) {
                o.end(count);
            }
        }
        PrefetchSink.keep(touched);
        return !Double.isNaN(sum);
    }

    /**
     * How the block finish writes {@code memory}, of a series of {@code n} values: into its heap array, or
     * through an L1 array off the heap.
     */
    protected BlockOutput output(DoubleMemory memory, int n) {
        return memory.array() != null ? new HeapOutput(memory) : new StagedOutput(memory, n);
    }

    /** An output the block finish writes a block of windows at a time. */
    protected abstract static class BlockOutput {
        /** Starts the block whose first window ends at time {@code start}. */
        abstract void begin(int start);

        /** Windows k to k + L - 1 of the block. */
        abstract void store(DoubleVector v, int k);

        /** Window k of the block. */
        abstract void put(int k, double v);

        /** Ends the block, of {@code count} windows. */
        abstract void end(int count);
    }

    /** Straight into the heap array. */
    private static final class HeapOutput extends BlockOutput {
        private final DoubleMemory memory;
        private final double[] target;
        private int at;

        HeapOutput(DoubleMemory memory) {
            this.memory = memory;
            this.target = memory.array();
        }

        @Override
        void begin(int start) {
            this.at = memory.arrayIndex(start);
        }

        @Override
        void store(DoubleVector v, int k) {
            v.intoArray(target, at + k);
        }

        @Override
        void put(int k, double v) {
            target[at + k] = v;
        }

        @Override
        void end(int count) {
        }
    }

    /**
     * Through an L1 array, then copied (JDK 17 stores vectors only into arrays). Each vector stored also loads
     * the same place of the next block, so that the next copy finds its cache lines present: the loads overlap
     * the finish's divisions and square roots, where a copy to lines still in memory would not.
     */
    private static final class StagedOutput extends BlockOutput {
        private final DoubleMemory memory;
        private final double[] target = new double[BLOCK];
        private final int n;
        private int start;
        private boolean ahead;
        private double touched;

        StagedOutput(DoubleMemory memory, int n) {
            this.memory = memory;
            this.n = n;
        }

        @Override
        void begin(int start) {
            this.start = start;
            this.ahead = start + 2 * BLOCK <= n;
        }

        @Override
        void store(DoubleVector v, int k) {
            v.intoArray(target, k);
            if (ahead) {
                touched += memory.get(start + BLOCK + k);
            }
        }

        @Override
        void put(int k, double v) {
            target[k] = v;
        }

        @Override
        void end(int count) {
            memory.copyFrom(target, start, count);
            PrefetchSink.keep(touched);
        }
    }

    /**
     * A block's means, and its deviations or bands where wanted, from its running sums: one division per sum
     * and one square root per window, shared by every output (begun and ended by the caller). Returns the sum
     * of the prefetching loads from {@code inputAhead} at {@code next + k}, where given.
     */
    private static double finishBlock(double[] sums, double[] squares, int count, double pd, BlockOutput mean,
                                      BlockOutput dev, Bands bands, BlockOutput upper, BlockOutput lower,
                                      DoubleMemory inputAhead, int next) {
        boolean withDev = dev != null, withBands = bands != null;
        double up = withBands ? bands.up() : 0.0, down = withBands ? bands.down() : 0.0;
        double touched = 0.0;
        int k = 0;
        for (; k + L <= count; k += L) {
            if (inputAhead != null) {
                touched += inputAhead.get(next + k);
            }
            DoubleVector m = DoubleVector.fromArray(S, sums, k).div(pd);
            DoubleVector var = DoubleVector.fromArray(S, squares, k).div(pd).sub(m.mul(m));
            DoubleVector d = var.sqrt().blend(0.0, var.compare(VectorOperators.GT, 0.0).not());
            mean.store(m, k);
            if (withDev) {
                dev.store(d, k);
            }
            if (withBands) {
                upper.store(m.add(d.mul(up)), k);
                lower.store(m.sub(d.mul(down)), k);
            }
        }
        for (; k < count; k++) {
            double m = sums[k] / pd;
            double d = WindowMoments.deviation(squares[k], m, pd);
            mean.put(k, m);
            if (withDev) {
                dev.put(k, d);
            }
            if (withBands) {
                upper.put(k, m + up * d);
                lower.put(k, m - down * d);
            }
        }
        return touched;
    }
}
