package io.sparkta.kernels.momentum;

/**
 * Wilder's average gain and loss of a price series as VectorTA's RSI-based oscillators keep them: the mean of
 * the first period changes, then {@code alpha up + (1 - alpha) average} with {@code alpha = 1 / period}, fused
 * (one rounding, {@code mul_add}) where the oscillator's code does so.
 */
final class WilderChanges {
    private final int period;
    private final double alpha;
    private final double keep;
    private final boolean fused;
    private double previous;
    private double gain;
    private double loss;
    private int bars;

    WilderChanges(int period, boolean fused) {
        this.period = period;
        this.alpha = 1.0 / period;
        this.keep = 1.0 - alpha;
        this.fused = fused;
    }

    /** Takes the next price; true once the averages are seeded (from the period-th change on). */
    boolean next(double x) {
        double change = x - previous;
        previous = x;
        if (bars++ == 0) {
            return false;
        }
        double up = change > 0 ? change : 0.0, down = change < 0 ? -change : 0.0;
        if (bars <= period + 1) {
            // a NaN change inside the seed leaves the averages NaN for good, as VectorTA does
            gain += Double.isNaN(change) ? Double.NaN : up;
            loss += down;
            if (bars <= period) {
                return false;
            }
            gain /= period;
            loss /= period;
        } else if (fused) {
            gain = Math.fma(gain, keep, alpha * up);
            loss = Math.fma(loss, keep, alpha * down);
        } else {
            gain = alpha * up + keep * gain;
            loss = alpha * down + keep * loss;
        }
        return true;
    }

    double gain() {
        return gain;
    }

    double loss() {
        return loss;
    }
}
