package io.sparkta.kernels.trend;

import io.sparkta.kernels.stats.CleanRuns;

/**
 * Aroon's window of length + 1 bars: how many bars ago its highest high and lowest low were made, the earliest of
 * equal extremes counting, in amortised O(1) per bar (monotonic queues of bar numbers). A bar with a non-finite
 * high or low empties the window, and the values are NaN until it is full of clean bars again.
 */
final class AroonWindow {
    private final int window;
    private final double scale;
    private final long[] highAt, lowAt;
    private final double[] highs, lows;
    private int highHead, highSize, lowHead, lowSize;
    private long bar = -1, clean;

    AroonWindow(int length) {
        window = length + 1;
        scale = 100.0 / length;
        highAt = new long[window];
        lowAt = new long[window];
        highs = new double[window];
        lows = new double[window];
    }

    void push(double high, double low) {
        bar++;
        if (!Double.isFinite(high) || !Double.isFinite(low)) {
            highSize = lowSize = 0;
            clean = 0;
            return;
        }
        clean++;
        // the front leaves once out of the window; a later bar only displaces strictly lower highs
        if (highSize > 0 && highAt[highHead] <= bar - window) {
            highHead = wrap(highHead + 1);
            highSize--;
        }
        while (highSize > 0 && highs[wrap(highHead + highSize - 1)] < high) {
            highSize--;
        }
        highAt[wrap(highHead + highSize)] = bar;
        highs[wrap(highHead + highSize++)] = high;
        if (lowSize > 0 && lowAt[lowHead] <= bar - window) {
            lowHead = wrap(lowHead + 1);
            lowSize--;
        }
        while (lowSize > 0 && lows[wrap(lowHead + lowSize - 1)] > low) {
            lowSize--;
        }
        lowAt[wrap(lowHead + lowSize)] = bar;
        lows[wrap(lowHead + lowSize++)] = low;
    }

    /** Aroon up: 100 - 100 * (bars since the highest high) / length, at least 0. */
    double up() {
        return full() ? Math.max(100.0 - (bar - highAt[highHead]) * scale, 0.0) : Double.NaN;
    }

    /** Aroon down, from the lowest low alike. */
    double down() {
        return full() ? Math.max(100.0 - (bar - lowAt[lowHead]) * scale, 0.0) : Double.NaN;
    }

    /** Up minus down, as (bars since the low - bars since the high) * 100 / length. */
    double oscillator() {
        return full() ? (highAt[highHead] - lowAt[lowHead]) * scale : Double.NaN;
    }

    /**
     * What pushing every bar from {@code first} on and reading {@link #up}/{@link #down} (or, with
     * {@code oscillator}, {@link #oscillator}) into {@code out} gives, over whole arrays: within each run of
     * finite bars the extremes' bars are followed directly, the window rescanned only when one leaves it. The bars
     * from the first are taken as one run, the runs looked for only where a value that is not finite was met.
     */
    static void scan(double[] high, double[] low, int first, int length, boolean oscillator, double[][] out,
                     int offset) {
        double scale = 100.0 / length;
        double[] upOrOsc = out[0];
        CleanRuns.forEachAssumingOne(new double[][] {high, low}, true, first, length + 1, out, offset,
                (start, full, end) -> {
            // the extremes' values are kept beside their bars, so that no comparison waits on a load from them
            int highAt = earliestHighest(high, start, full), lowAt = earliestLowest(low, start, full);
            double highest = high[highAt], lowest = low[lowAt], dirt = 0.0;
            for (int k = start; k < full; k++) {
                dirt += (high[k] - high[k]) + (low[k] - low[k]);
            }
            for (int t = full; t < end; t++) {
                double h = high[t], l = low[t];
                dirt += (h - h) + (l - l); // 0 while every value is finite, NaN for good after one that is not
                if (highAt < t - length) {
                    highAt = earliestHighest(high, t - length, t);
                    highest = high[highAt];
                } else if (h > highest) {
                    highAt = t;
                    highest = h;
                }
                if (lowAt < t - length) {
                    lowAt = earliestLowest(low, t - length, t);
                    lowest = low[lowAt];
                } else if (l < lowest) {
                    lowAt = t;
                    lowest = l;
                }
                if (oscillator) {
                    upOrOsc[offset + t] = (highAt - lowAt) * scale;
                } else {
                    upOrOsc[offset + t] = Math.max(100.0 - (t - highAt) * scale, 0.0);
                    out[1][offset + t] = Math.max(100.0 - (t - lowAt) * scale, 0.0);
                }
            }
            return dirt == 0.0;
        });
    }

    /** The first bar of {@code from..to} (both included) with the highest high. */
    private static int earliestHighest(double[] high, int from, int to) {
        int at = from;
        double highest = high[from];
        for (int t = from + 1; t <= to; t++) {
            if (high[t] > highest) {
                at = t;
                highest = high[t];
            }
        }
        return at;
    }

    /** The first bar of {@code from..to} (both included) with the lowest low. */
    private static int earliestLowest(double[] low, int from, int to) {
        int at = from;
        double lowest = low[from];
        for (int t = from + 1; t <= to; t++) {
            if (low[t] < lowest) {
                at = t;
                lowest = low[t];
            }
        }
        return at;
    }

    private boolean full() {
        return clean >= window;
    }

    private int wrap(int i) {
        return i >= window ? i - window : i;
    }
}
