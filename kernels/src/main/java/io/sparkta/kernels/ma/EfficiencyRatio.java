package io.sparkta.kernels.ma;

/**
 * Kaufman's efficiency ratio over a window of {@code period} changes, one value at a time:
 * |x[t] - x[t - period]| / sum |x[i] - x[i - 1]|, with a running sum of the changes (0 when they sum to 0).
 */
final class EfficiencyRatio {
    private final int period;
    private final double[] ring; // x[t - period] .. x[t]
    private int t, at; // at: the slot of x[t], which held x[t - period - 1]
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
        // Slots wrap by comparison: a remainder by the period is an integer division per step.
        double dropped = ring[at]; // x[t - period - 1]
        double previous = ring[at == 0 ? period : at - 1];
        ring[at] = x;
        int backSlot = at == period ? 0 : at + 1;
        double back = ring[backSlot]; // x[t - period]
        if (t > 0) {
            noise += Math.abs(x - previous);
        }
        if (t > period) {
            noise -= Math.abs(back - dropped);
        }
        t++;
        at = backSlot;
        return noise == 0.0 ? 0.0 : Math.abs(x - back) / noise;
    }
}
