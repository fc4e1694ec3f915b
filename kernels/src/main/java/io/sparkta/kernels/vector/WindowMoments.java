package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Running window means and population deviations over a series from {@code first} on, for series without
 * NaN: writes the mean (and, when {@code dev != null}, the deviation; when {@code bands != null}, the bands
 * around the mean) of the window ending at t for every t in [first + p - 1, n), and returns false when a NaN
 * spoiled the running sums (the caller then takes the NaN-aware path). Every implementation performs the same
 * operations per window in the same order ({@code sum += new; sum -= old}, then {@code sum / p},
 * {@link #deviation} and {@link Bands}'s two products), so SIMD equals scalar bit for bit.
 */
public interface WindowMoments {
    /**
     * Reads x at [first, n) and writes mean (and dev and the bands, each unless null) at [first + p - 1, n); any
     * memory.
     */
    boolean compute(DoubleMemory x, int n, int first, int p, DoubleMemory mean, DoubleMemory dev, Bands bands);

    /**
     * Bands around each window's mean m, from its deviation d: {@code upper = m + up * d} and
     * {@code lower = m - down * d} (Bollinger's), written in the same pass as the mean, so that the deviation
     * is never stored and read back.
     */
    record Bands(DoubleMemory upper, DoubleMemory lower, double up, double down) {
        public void put(int t, double mean, double dev) {
            upper.put(t, mean + up * dev);
            lower.put(t, mean - down * dev);
        }
    }

    static WindowMoments of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** The population deviation from a window's sum of squares and mean; 0 where rounding leaves no variance. */
    static double deviation(double sumSq, double mean, double period) {
        double var = sumSq / period - mean * mean;
        return var > 0.0 ? Math.sqrt(var) : 0.0;
    }

    /** Window t's mean (and deviation and bands, each when not null) from its sums. */
    static void finish(double sum, double sumSq, double period, DoubleMemory mean, DoubleMemory dev, Bands bands,
                       int t) {
        double m = sum / period;
        mean.put(t, m);
        if (dev != null || bands != null) {
            double d = deviation(sumSq, m, period);
            if (dev != null) {
                dev.put(t, d);
            }
            if (bands != null) {
                bands.put(t, m, d);
            }
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        /** One pass: the sums stay in registers and each window is finished as it is reached. */
        static final WindowMoments SCALAR = (x, n, first, p, mean, dev, bands) -> {
            double pd = p;
            double sum = 0.0, sumSq = 0.0;
            boolean withDev = dev != null || bands != null;
            for (int i = first; i < first + p; i++) {
                double v = x.get(i);
                sum += v;
                sumSq += v * v;
            }
            finish(sum, sumSq, pd, mean, dev, bands, first + p - 1);
            for (int t = first + p; t < n; t++) {
                double v = x.get(t), old = x.get(t - p);
                sum += v;
                sum -= old;
                if (withDev) {
                    sumSq += v * v - old * old;
                }
                finish(sum, sumSq, pd, mean, dev, bands, t);
            }
            return !Double.isNaN(sum);
        };
        static final ScalarOrSimd<WindowMoments> CHOICE =
                new ScalarOrSimd<>(WindowMoments.class, SCALAR, "VectorWindowMoments", "SegmentWindowMoments");

        private Impls() {
        }
    }
}
