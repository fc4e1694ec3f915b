package io.sparkta.kernels.stats;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WindowMoments;

/**
 * Windowed mean and population standard deviation by running sums, in VectorTA's operation order (the sum
 * is updated as {@code sum += new; sum -= old}, which reproduces its SMA and Bollinger middle band bit for
 * bit).
 *
 * <p>NaN rule: a window that contains a NaN gives NaN; once the NaN has left the window the sums are
 * rebuilt from scratch, left to right, so outputs recover exactly as if the series had started there.
 * The array form and {@link Stream} perform the same operations in the same order and agree bit for bit.
 */
public final class RollingMoments {
    private RollingMoments() {
    }

    /**
     * Writes the mean (and, when {@code dev != null}, the standard deviation) of the window ending at t for
     * every t in [first + p - 1, n).
     */
    public static void compute(double[] x, int first, int p, double[] mean, int meanOffset, double[] dev,
                               int devOffset, Vectorization vectorization) {
        int n = x.length;
        compute(DoubleMemory.of(x, 0, first, n), n, first, p, DoubleMemory.of(mean, meanOffset, first + p - 1, n),
                dev == null ? null : DoubleMemory.of(dev, devOffset, first + p - 1, n), null, vectorization);
    }

    /**
     * The same over any memory (arrays, or off-heap buffers in place) holding x at [first, n), with the bands
     * around the mean too unless {@code bands} is null.
     */
    public static void compute(DoubleMemory x, int n, int first, int p, DoubleMemory mean, DoubleMemory dev,
                               WindowMoments.Bands bands, Vectorization vectorization) {
        // A NaN anywhere poisons the running sums for good, so one check at the end tells whether the
        // check-free pass was valid; only series with NaNs pay for the window bookkeeping.
        if (!WindowMoments.of(vectorization).compute(x, n, first, p, mean, dev, bands)) {
            computeWithNaN(x, n, first, p, mean, dev, bands);
        }
    }

    private static void computeWithNaN(DoubleMemory x, int n, int first, int p, DoubleMemory mean,
                                       DoubleMemory dev, WindowMoments.Bands bands) {
        int lastNaN = -1;
        for (int i = first; i < first + p - 1; i++) {
            if (Double.isNaN(x.get(i))) {
                lastNaN = i;
            }
        }
        boolean rebuild = true;
        double sum = 0.0, sumSq = 0.0;
        double pd = p;
        for (int t = first + p - 1; t < n; t++) {
            double v = x.get(t);
            if (Double.isNaN(v)) {
                lastNaN = t;
            }
            if (lastNaN > t - p) {
                mean.put(t, Double.NaN);
                if (dev != null) {
                    dev.put(t, Double.NaN);
                }
                if (bands != null) {
                    bands.put(t, Double.NaN, Double.NaN);
                }
                rebuild = true;
                continue;
            }
            if (rebuild) {
                sum = 0.0;
                sumSq = 0.0;
                for (int i = t - p + 1; i <= t; i++) {
                    double w = x.get(i);
                    sum += w;
                    sumSq += w * w;
                }
                rebuild = false;
            } else {
                double old = x.get(t - p);
                sum += v;
                sum -= old;
                sumSq += v * v - old * old;
            }
            WindowMoments.finish(sum, sumSq, pd, mean, dev, bands, t);
        }
    }

    /** The same computation one value at a time; {@link #mean()} and {@link #dev()} are NaN until warm. */
    public static final class Stream {
        private final int p;
        private final double pd;
        private final double[] ring;
        private int head;
        private long count;
        private long sinceNaN = Long.MAX_VALUE / 2;
        private boolean rebuild = true;
        private double sum, sumSq, mean = Double.NaN, dev = Double.NaN;

        public Stream(int period) {
            this.p = period;
            this.pd = period;
            this.ring = new double[period];
        }

        public void push(double v) {
            double old = ring[head];
            ring[head] = v;
            head = head + 1 == p ? 0 : head + 1;
            count++;
            sinceNaN = Double.isNaN(v) ? 0 : sinceNaN + 1;
            if (count < p) {
                return;
            }
            if (sinceNaN < p) {
                mean = Double.NaN;
                dev = Double.NaN;
                rebuild = true;
                return;
            }
            if (rebuild) {
                sum = 0.0;
                sumSq = 0.0;
                for (int k = 0; k < p; k++) {
                    double x = ring[(head + k) % p];
                    sum += x;
                    sumSq += x * x;
                }
                rebuild = false;
            } else {
                sum += v;
                sum -= old;
                sumSq += v * v - old * old;
            }
            mean = sum / pd;
            dev = WindowMoments.deviation(sumSq, mean, pd);
        }

        public double mean() {
            return mean;
        }

        public double dev() {
            return dev;
        }
    }
}
