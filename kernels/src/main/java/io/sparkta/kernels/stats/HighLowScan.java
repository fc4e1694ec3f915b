package io.sparkta.kernels.stats;

/**
 * The highest high and lowest low of a window sliding over two arrays (one array given twice for a single
 * series), for the array kernels of the range oscillators and the midpoints: the window's extreme is kept with
 * its index, and the window is scanned again only when that bar leaves it. The values must be finite (the
 * kernels leave other series to their steps).
 */
public final class HighLowScan {
    private final double[] high;
    private final double[] low;
    private final int length;
    private double highest;
    private double lowest;
    private int highestAt = -1;
    private int lowestAt = -1;

    public HighLowScan(double[] high, double[] low, int length) {
        this.high = high;
        this.low = low;
        this.length = length;
    }

    /** Moves the window to the length bars ending at t; t must grow by one per call after the first. */
    public void endAt(int t) {
        int start = t - length + 1;
        if (highestAt < start) {
            highestAt = latestExtreme(high, start, t, true);
            highest = high[highestAt];
        } else if (high[t] >= highest) {
            highest = high[t];
            highestAt = t;
        }
        if (lowestAt < start) {
            lowestAt = latestExtreme(low, start, t, false);
            lowest = low[lowestAt];
        } else if (low[t] <= lowest) {
            lowest = low[t];
            lowestAt = t;
        }
    }

    /** The index of the highest (or lowest) value in from..to, the latest of equal ones, which stays longest. */
    private static int latestExtreme(double[] values, int from, int to, boolean highest) {
        int at = from;
        for (int j = from + 1; j <= to; j++) {
            if (highest ? values[j] >= values[at] : values[j] <= values[at]) {
                at = j;
            }
        }
        return at;
    }

    public double highest() {
        return highest;
    }

    public double lowest() {
        return lowest;
    }
}
