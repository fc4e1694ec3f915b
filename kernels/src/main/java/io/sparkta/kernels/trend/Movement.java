package io.sparkta.kernels.trend;

import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * Wilder's bar-to-bar directional movement and true range, the raw terms that DM, DI, DX and ADXR smooth: the
 * larger of the rise of the high and the fall of the low counts for its side when positive, the other is 0.
 */
final class Movement {
    /** The latest bar's +DM, -DM and true range. */
    double plus, minus, range;
    private double prevHigh, prevLow, prevClose;
    private boolean started;

    /** +DM from the rise of the high ({@code up}) and the fall of the low ({@code down}). */
    static double plusMove(double up, double down) {
        return up > down && up > 0 ? up : 0;
    }

    /** -DM from the rise of the high and the fall of the low. */
    static double minusMove(double up, double down) {
        return down > up && down > 0 ? down : 0;
    }

    /** Takes a bar; false on the first, which has no previous bar to move from. */
    boolean next(double high, double low, double close) {
        double up = high - prevHigh, down = prevLow - low;
        boolean moved = started;
        if (moved) {
            plus = plusMove(up, down);
            minus = minusMove(up, down);
            // after a NaN close (or without closes) the range is the bar's own
            range = TrueRangeScan.trueRangeOrRange(high, low, prevClose);
        }
        started = true;
        prevHigh = high;
        prevLow = low;
        prevClose = close;
        return moved;
    }
}
