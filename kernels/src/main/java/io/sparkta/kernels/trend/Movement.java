package io.sparkta.kernels.trend;

/**
 * Wilder's bar-to-bar directional movement and true range, the raw terms that DM, DI, DX and ADXR smooth: the
 * larger of the rise of the high and the fall of the low counts for its side when positive, the other is 0.
 */
final class Movement {
    /** The latest bar's +DM, -DM and true range. */
    double plus, minus, range;
    private double prevHigh, prevLow, prevClose;
    private boolean started;

    /** Takes a bar; false on the first, which has no previous bar to move from. */
    boolean next(double high, double low, double close) {
        double up = high - prevHigh, down = prevLow - low;
        boolean moved = started;
        if (moved) {
            plus = up > down && up > 0 ? up : 0;
            minus = down > up && down > 0 ? down : 0;
            // after a NaN close (or without closes) the range is the bar's own
            range = Double.isNaN(prevClose) ? high - low
                    : Math.max(Math.max(high - low, Math.abs(high - prevClose)), Math.abs(low - prevClose));
        }
        started = true;
        prevHigh = high;
        prevLow = low;
        prevClose = close;
        return moved;
    }
}
