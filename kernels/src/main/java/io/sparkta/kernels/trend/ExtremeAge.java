package io.sparkta.kernels.trend;

/**
 * How many bars ago the highest high and the lowest low of the last {@code window} bars were made, the earliest
 * of equal extremes counting, in amortised O(1) per bar (monotonic queues of bar numbers). A bar with a
 * non-finite high or low empties the window: it is full again {@code window} clean bars later.
 */
final class ExtremeAge {
    private final int window;
    private final long[] highAt, lowAt;
    private final double[] highs, lows;
    private int highHead, highSize, lowHead, lowSize;
    private long bar = -1, clean;

    ExtremeAge(int window) {
        this.window = window;
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

    /** Whether the last {@code window} bars were all clean. */
    boolean full() {
        return clean >= window;
    }

    int sinceHigh() {
        return (int) (bar - highAt[highHead]);
    }

    int sinceLow() {
        return (int) (bar - lowAt[lowHead]);
    }

    private int wrap(int i) {
        return i >= window ? i - window : i;
    }
}
