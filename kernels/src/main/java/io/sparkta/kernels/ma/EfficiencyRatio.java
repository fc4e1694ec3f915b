package io.sparkta.kernels.ma;

/**
 * Kaufman's efficiency ratio over a window of {@code period} changes, one value at a time:
 * |x[t] - x[t - period]| / sum |x[i] - x[i - 1]|, with a running sum of the changes (0 when they sum to 0).
 */
final class EfficiencyRatio {
    private final int period;
    private final double[] ring; // x[t - period] .. x[t]
    private int t;
    private double noise;

    EfficiencyRatio(int period) {
        this.period = period;
        this.ring = new double[period + 1];
    }

    /** Values seen before the last call to {@link #next}. */
    int seen() {
        return t - 1;
    }

    /** Takes x[t]; returns the ratio, meaningful once {@code period} changes have been seen. */
    double next(double x) {
        int at = t % (period + 1);
        double dropped = ring[at]; // x[t - period - 1]
        double previous = ring[(t + period) % (period + 1)];
        ring[at] = x;
        double back = ring[(t + 1) % (period + 1)]; // x[t - period]
        if (t > 0) {
            noise += Math.abs(x - previous);
        }
        if (t > period) {
            noise -= Math.abs(back - dropped);
        }
        t++;
        return noise == 0.0 ? 0.0 : Math.abs(x - back) / noise;
    }
}
