package io.sparkta.kernels.spi;

import io.sparkta.kernels.Kernel;

/**
 * Running window means and population deviations over a series from {@code first} on, for series without
 * NaN: writes the mean (and, when {@code dev != null}, the deviation) of the window ending at t for every t
 * in [first + p - 1, n), and returns false when a NaN spoiled the running sums (the caller then takes the
 * NaN-aware path). Every implementation performs the same operations per window in the same order
 * ({@code sum += new; sum -= old}, then {@code sum / p} and {@link #deviation}), so SIMD equals scalar bit for
 * bit.
 */
public interface WindowMoments {
    boolean compute(double[] x, int first, int p, double[] mean, int meanOffset, double[] dev, int devOffset);

    static WindowMoments of(Kernel resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** The population deviation from a window's sum of squares and mean; 0 where rounding leaves no variance. */
    static double deviation(double sumSq, double mean, double period) {
        double var = sumSq / period - mean * mean;
        return var > 0.0 ? Math.sqrt(var) : 0.0;
    }

    /** One window's mean (and deviation, when {@code dev != null}) from its sums. */
    static void finish(double sum, double sumSq, double period, double[] mean, int meanAt, double[] dev, int devAt) {
        double m = sum / period;
        mean[meanAt] = m;
        if (dev != null) {
            dev[devAt] = deviation(sumSq, m, period);
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        /** One pass: the sums stay in registers and each window is finished as it is reached. */
        static final WindowMoments SCALAR = (x, first, p, mean, meanOffset, dev, devOffset) -> {
            int n = x.length;
            double pd = p;
            double sum = 0.0, sumSq = 0.0;
            boolean withDev = dev != null;
            for (int i = first; i < first + p; i++) {
                sum += x[i];
                sumSq += x[i] * x[i];
            }
            int t = first + p - 1;
            finish(sum, sumSq, pd, mean, meanOffset + t, dev, devOffset + t);
            for (t = first + p; t < n; t++) {
                double v = x[t], old = x[t - p];
                sum += v;
                sum -= old;
                if (withDev) {
                    sumSq += v * v - old * old;
                }
                finish(sum, sumSq, pd, mean, meanOffset + t, dev, devOffset + t);
            }
            return !Double.isNaN(sum);
        };
        static final KernelChoice<WindowMoments> CHOICE =
                new KernelChoice<>(WindowMoments.class, SCALAR, "VectorWindowMoments");

        private Impls() {
        }
    }
}
