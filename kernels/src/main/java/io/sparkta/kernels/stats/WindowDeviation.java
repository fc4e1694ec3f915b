package io.sparkta.kernels.stats;

import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import java.util.Arrays;

/**
 * Deviation of a window by type, as VectorTA's {@code devtype}: 0 population standard deviation, 1 mean
 * absolute deviation around the mean, 2 median absolute deviation around the median. Types 1 and 2 cost
 * O(period) per output (2 sorts); type 0 is computed by {@link RollingMoments} in O(1).
 */
public final class WindowDeviation {
    public static final int STD_DEV = 0, MEAN_ABS_DEV = 1, MEDIAN_ABS_DEV = 2;

    private WindowDeviation() {
    }

    /** A {@code devtype} parameter choosing among these deviations: a new handle for each descriptor. */
    public static ParamSpec.Int devtype() {
        return ParamSpec.integer("devtype", STD_DEV, STD_DEV, MEDIAN_ABS_DEV,
                "0 standard deviation, 1 mean absolute deviation, 2 median absolute deviation");
    }

    /** Writes the deviation of the window ending at t for every t in [first + p - 1, n). */
    public static void compute(double[] x, int first, int p, int devtype, double[] out, int offset,
                               Vectorization vectorization) {
        if (devtype == STD_DEV) {
            RollingMoments.compute(x, first, p, new double[x.length], 0, out, offset, vectorization);
            return;
        }
        double[] window = new double[p];
        int lastNaN = -1;
        for (int i = first; i < first + p - 1; i++) {
            if (Double.isNaN(x[i])) {
                lastNaN = i;
            }
        }
        for (int t = first + p - 1; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                lastNaN = t;
            }
            if (lastNaN > t - p) {
                out[offset + t] = Double.NaN;
            } else {
                System.arraycopy(x, t - p + 1, window, 0, p);
                out[offset + t] = of(window, devtype);
            }
        }
    }

    /** The deviation of one NaN-free window, oldest value first; {@code window} is used as scratch. */
    public static double of(double[] window, int devtype) {
        int p = window.length;
        if (devtype == MEAN_ABS_DEV) {
            double sum = 0.0;
            for (double v : window) {
                sum += v;
            }
            double mean = sum / p;
            double abs = 0.0;
            for (double v : window) {
                abs += Math.abs(v - mean);
            }
            return abs / p;
        }
        if (devtype == MEDIAN_ABS_DEV) {
            Arrays.sort(window);
            double median = median(window);
            for (int i = 0; i < p; i++) {
                window[i] = Math.abs(window[i] - median);
            }
            Arrays.sort(window);
            return median(window);
        }
        throw new IllegalArgumentException("devtype " + devtype + " is computed by RollingMoments");
    }

    /** The mean of the newest {@code count} values of a ring whose newest value sits in slot {@code newest}. */
    public static double ringMean(double[] ring, int newest, int count) {
        double sum = 0.0;
        for (int i = 0, at = newest; i < count; i++, at = at == 0 ? ring.length - 1 : at - 1) {
            sum += ring[at];
        }
        return sum / count;
    }

    /** The population deviation of those values around their {@code mean} (two passes, no cancellation). */
    public static double ringDeviation(double[] ring, int newest, int count, double mean) {
        double squares = 0.0;
        for (int i = 0, at = newest; i < count; i++, at = at == 0 ? ring.length - 1 : at - 1) {
            double d = ring[at] - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / count);
    }

    /**
     * The same deviations one value at a time, equal to {@link #compute}: NaN until {@code period} values
     * were pushed and while a NaN is inside the window.
     */
    public static final class Stream {
        private final int period, devtype;
        private final RollingMoments.Stream moments;
        private final double[] ring, window;
        private int head;
        private long count, sinceNaN = Long.MAX_VALUE / 2;

        public Stream(int period, int devtype) {
            this.period = period;
            this.devtype = devtype;
            this.moments = devtype == STD_DEV ? new RollingMoments.Stream(period) : null;
            this.ring = devtype == STD_DEV ? null : new double[period];
            this.window = devtype == STD_DEV ? null : new double[period];
        }

        /** Pushes the next value and returns the deviation of the window ending with it. */
        public double push(double v) {
            if (moments != null) {
                moments.push(v);
                return moments.dev();
            }
            ring[head] = v;
            head = head + 1 == period ? 0 : head + 1;
            sinceNaN = Double.isNaN(v) ? 0 : sinceNaN + 1;
            if (++count < period || sinceNaN < period) {
                return Double.NaN;
            }
            System.arraycopy(ring, head, window, 0, period - head); // oldest first
            System.arraycopy(ring, 0, window, period - head, head);
            return of(window, devtype);
        }
    }

    private static double median(double[] sorted) {
        int p = sorted.length;
        return (p & 1) == 1 ? sorted[p / 2] : (sorted[p / 2 - 1] + sorted[p / 2]) / 2.0;
    }
}
