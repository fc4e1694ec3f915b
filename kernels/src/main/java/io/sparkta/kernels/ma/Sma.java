package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.stats.RollingMoments;
import io.sparkta.kernels.vector.WindowMeans;

/**
 * Simple Moving Average by window sums that advance eight windows at a time and restart from a fresh sum every
 * block of windows ({@link WindowMeans}; SIMD equals scalar bit for bit), where VectorTA keeps one running sum:
 * closer to the exact means, as a sum never carries the rounding errors of values long gone.
 * The averages inside other indicators ({@link MovingAverages}) keep VectorTA's running sum
 * ({@link #RUNNING_SUM}): their references were computed with it, and some of them magnify the sums' rounding
 * (VWMACD's difference of two ratios of sums).
 */
@AutoService(Indicator.class)
public class Sma extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sma", "Simple Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("A NaN inside the window makes that output NaN; the running sum is rebuilt once the NaN has left "
                    + "the window, so outputs recover.")
            .build();
    /** VectorTA's running sum {@code sum += new; sum -= old}, bit for bit, for the averages of composites. */
    public static final Indicator RUNNING_SUM = new RunningSum();

    public Sma() {
        super(SPEC);
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        int period = PERIOD.of(p);
        // A NaN poisons the sums for good, so one check at the end tells whether the check-free pass was valid.
        if (!WindowMeans.run(in[0], period, first + period - 1, n, out[0], vectorization)) {
            computeWithNaN(in[0], n, first, period, out[0], vectorization);
        }
    }

    /** Each run of values without NaN as a series of its own; NaN for every window that holds a NaN. */
    private static void computeWithNaN(DoubleMemory x, int n, int first, int p, DoubleMemory out,
                                       Vectorization vectorization) {
        int written = first + p - 1;
        for (int start = first; start < n; ) {
            int end = start;
            while (end < n && !Double.isNaN(x.get(end))) {
                end++;
            }
            int full = start + p - 1;
            if (full < end) {
                fillNaN(out, written, full);
                WindowMeans.run(x, p, full, end, out, vectorization);
                written = end;
            }
            start = end + 1;
        }
        fillNaN(out, written, n);
    }

    private static void fillNaN(DoubleMemory out, int from, int to) {
        for (int t = from; t < to; t++) {
            out.put(t, Double.NaN);
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        return new MeanStream(PERIOD.of(p));
    }

    /** The same sums one value at a time, restarting after a NaN as the array form does. */
    private static final class MeanStream extends IndicatorStream.OfSeries {
        private final int p;
        private final double scale;
        private final int block;
        private final int size; // values the differences of a window reach back over
        private final double[] ring; // stored twice, so the last size values are contiguous
        private final double[] d = new double[WindowMeans.STRIDE];
        private final double[] a = new double[WindowMeans.STRIDE];
        private final double[] b = new double[WindowMeans.STRIDE];
        private final double[] seeded = new double[WindowMeans.STRIDE];
        private final double[] sums = new double[WindowMeans.STRIDE];
        private int head;
        private long clean; // values since the last NaN

        MeanStream(int period) {
            this.p = period;
            this.scale = 1.0 / period;
            this.block = WindowMeans.block(period);
            this.size = period + WindowMeans.STRIDE;
            this.ring = new double[2 * size];
        }

        @Override
        protected double next(double value) {
            ring[head] = value;
            ring[head + size] = value;
            int newest = head + size;
            head = head + 1 == size ? 0 : head + 1;
            clean = Double.isNaN(value) ? 0 : clean + 1;
            if (clean < p) {
                return Double.NaN;
            }
            int inBlock = (int) ((clean - p) % block); // windows since the block's first
            int lane = inBlock & (WindowMeans.STRIDE - 1);
            if (inBlock < WindowMeans.STRIDE) {
                WindowMeans.seed(ring, newest - inBlock, p, inBlock + 1, d, a, b, seeded);
                sums[lane] = seeded[lane];
            } else {
                sums[lane] += WindowMeans.differences(ring, newest, p);
            }
            return sums[lane] * scale;
        }
    }

    /** The same average by VectorTA's running sum. */
    private static final class RunningSum extends Sma {
        @Override
        protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                     DoubleMemory[] out) {
            RollingMoments.compute(in[0], n, first, PERIOD.of(p), out[0], null, null, vectorization);
        }

        @Override
        protected IndicatorStream newStream(double[] p) {
            RollingMoments.Stream window = new RollingMoments.Stream(PERIOD.of(p));
            return new IndicatorStream.OfSeries() {
                @Override
                protected double next(double value) {
                    window.push(value);
                    return window.mean();
                }
            };
        }
    }
}
