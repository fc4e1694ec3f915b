package io.sparkta.kernels.momentum;

/**
 * The sum of the last {@code period} values as the sma stream keeps it, for array kernels that must round as
 * their steps' sma does: the first period values summed in order, then the new value added and the leaving
 * one subtracted. Values must not be NaN.
 */
final class WindowSum {
    private final double[] ring;
    private double sum;
    private int slot;
    private long seen;

    WindowSum(int period) {
        ring = new double[period];
    }

    /** Takes the next value; true once period values were taken. */
    boolean add(double x) {
        double leaving = ring[slot];
        ring[slot] = x;
        slot = slot + 1 == ring.length ? 0 : slot + 1;
        if (++seen < ring.length) {
            return false;
        }
        if (seen == ring.length) {
            sum = 0.0;
            for (double v : ring) {
                sum += v;
            }
        } else {
            sum += x;
            sum -= leaving;
        }
        return true;
    }

    double sum() {
        return sum;
    }
}
