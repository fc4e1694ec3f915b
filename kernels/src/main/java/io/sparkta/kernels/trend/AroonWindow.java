package io.sparkta.kernels.trend;

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

    private boolean full() {
        return clean >= window;
    }

    private int wrap(int i) {
        return i >= window ? i - window : i;
    }
}
