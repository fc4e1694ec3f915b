package io.sparkta.kernels.stats;

import java.util.Arrays;

/**
 * The highest high and lowest low of a window sliding over two arrays (one array given twice for a single
 * series), for the array kernels of the range oscillators and the midpoints. The bars are cut into blocks of the
 * window's length, so that a window is the tail of one block and the head of the next: its extreme is the larger
 * of the tail's extreme (kept for the whole previous block, from its end backwards) and the head's running one.
 * Three comparisons per value and no branch on the data, however the series trends. The values must be finite
 * (the kernels leave other series to their steps).
 */
public final class HighLowScan {
    private final double[] high;
    private final double[] low;
    private final int length;
    /** tailHighs[j]: the highest high of the previous block from its offset j on; -infinity at length. */
    private final double[] tailHighs;
    private final double[] tailLows;
    private int blockStart = -1;
    private double headHigh;
    private double headLow;
    private double highest;
    private double lowest;

    public HighLowScan(double[] high, double[] low, int length) {
        this.high = high;
        this.low = low;
        this.length = length;
        tailHighs = new double[length + 1];
        tailLows = new double[length + 1];
        Arrays.fill(tailHighs, Double.NEGATIVE_INFINITY);
        Arrays.fill(tailLows, Double.POSITIVE_INFINITY);
    }

    /** Moves the window to the length bars ending at t; t must grow by one per call after the first. */
    public void endAt(int t) {
        if (blockStart < 0) {
            blockStart = t - length + 1; // the first window is a whole block, with no tail before it
            headHigh = Double.NEGATIVE_INFINITY;
            headLow = Double.POSITIVE_INFINITY;
            for (int i = blockStart; i < t; i++) {
                headHigh = Math.max(headHigh, high[i]);
                headLow = Math.min(headLow, low[i]);
            }
        } else if (t - blockStart == length) {
            for (int j = length - 1; j >= 0; j--) {
                tailHighs[j] = Math.max(tailHighs[j + 1], high[blockStart + j]);
                tailLows[j] = Math.min(tailLows[j + 1], low[blockStart + j]);
            }
            blockStart = t;
            headHigh = Double.NEGATIVE_INFINITY;
            headLow = Double.POSITIVE_INFINITY;
        }
        int tail = t - blockStart + 1;
        headHigh = Math.max(headHigh, high[t]);
        headLow = Math.min(headLow, low[t]);
        highest = Math.max(tailHighs[tail], headHigh);
        lowest = Math.min(tailLows[tail], headLow);
    }

    public double highest() {
        return highest;
    }

    public double lowest() {
        return lowest;
    }
}
