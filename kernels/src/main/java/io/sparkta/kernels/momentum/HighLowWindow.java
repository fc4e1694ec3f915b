package io.sparkta.kernels.momentum;

import io.sparkta.kernels.stats.RollingExtremes;

/** The highest high and lowest low of the last {@code length} bars, from which Stoch and KDJ read raw %K. */
final class HighLowWindow {
    private final RollingExtremes highs;
    private final RollingExtremes lows;
    private final int length;
    private int bars;

    HighLowWindow(int length) {
        this.length = length;
        highs = new RollingExtremes(length);
        lows = new RollingExtremes(length);
    }

    /** Takes a bar; returns whether the window holds length bars. */
    boolean push(double high, double low) {
        highs.push(high);
        lows.push(low);
        return ++bars >= length;
    }

    double lowest() {
        return lows.min();
    }

    /** Highest high minus lowest low. */
    double range() {
        return highs.max() - lows.min();
    }
}
