package io.sparkta.kernels.stats;

/**
 * The running sum and sum of squares of a window, in the order one of VectorTA's indicators rounds them (they
 * differ, and where the sums cancel, as at price levels, the rounding shows beyond 1e-9): seeded from the window
 * when it becomes full and NaN-free ({@link Window#fresh}), then updated with the value that left. O(1) per bar.
 */
public final class WindowSums {
    /** How the sums are seeded and updated. */
    public enum Rounding {
        /** Seeded one by one; then sum += x - old, squares += x*x - old*old (stddev, rvi). */
        DIFFERENCES,
        /** Seeded four values at a time, then as {@link #DIFFERENCES} (var). */
        DIFFERENCES_IN_FOURS,
        /** Squares seeded by fused multiply-add; then squares += (x + old) * (x - old), fused (zscore). */
        FUSED_PRODUCT,
        /** Squares seeded by fused multiply-add; then squares = x*x + (squares - old*old), fused (bbw). */
        FUSED_SQUARE,
        /** Squares seeded by fused multiply-add; then x added (fused), old taken out (deviation). */
        ADD_THEN_REMOVE
    }

    private final Window window;
    private final Rounding rounding;
    private double sum, squares;

    public WindowSums(int length, Rounding rounding) {
        this.window = new Window(length);
        this.rounding = rounding;
    }

    /** Takes the next value; false while the window is not full and NaN-free (the sums are then stale). */
    public boolean push(double x) {
        double old = window.push(x);
        if (!window.ready()) {
            return false;
        }
        if (window.fresh()) {
            seed();
            return true;
        }
        switch (rounding) {
            case DIFFERENCES, DIFFERENCES_IN_FOURS -> {
                sum += x - old;
                squares += x * x - old * old;
            }
            case FUSED_PRODUCT -> {
                double change = x - old;
                sum += change;
                squares = Math.fma(x + old, change, squares);
            }
            case FUSED_SQUARE -> {
                sum += x - old;
                squares = Math.fma(x, x, squares - old * old);
            }
            case ADD_THEN_REMOVE -> {
                sum += x;
                squares = Math.fma(x, x, squares);
                sum -= old;
                squares -= old * old;
            }
        }
        return true;
    }

    private void seed() {
        sum = 0.0;
        squares = 0.0;
        int n = window.length(), k = 0;
        if (rounding == Rounding.DIFFERENCES_IN_FOURS) {
            for (; k + 4 <= n; k += 4) {
                double a = window.get(k), b = window.get(k + 1), c = window.get(k + 2), d = window.get(k + 3);
                sum += a + b + c + d;
                squares += a * a + b * b + c * c + d * d;
            }
        }
        boolean fused = rounding != Rounding.DIFFERENCES && rounding != Rounding.DIFFERENCES_IN_FOURS;
        for (; k < n; k++) {
            double v = window.get(k);
            sum += v;
            squares = fused ? Math.fma(v, v, squares) : squares + v * v;
        }
    }

    /**
     * What {@link #push} and the sums give a step, over a whole array: for every window of {@code x} ending at
     * t in [first + period - 1, x.length), {@code (squares / period - mean^2) * factor} into
     * {@code out[offset + t]}, with the {@link Rounding#DIFFERENCES} or {@link Rounding#DIFFERENCES_IN_FOURS}
     * sums; NaN for windows holding a NaN.
     */
    static void variances(double[] x, int first, int period, Rounding rounding, double factor, double[] out,
                          int offset) {
        double scale = 1.0 / period;
        CleanRuns.forEachAssumingOne(new double[][] {x}, false, first, period, new double[][] {out}, offset,
                (start, full, end) -> {
                    double sum = 0.0, squares = 0.0;
                    int k = start;
                    if (rounding == Rounding.DIFFERENCES_IN_FOURS) {
                        for (; k + 4 <= start + period; k += 4) {
                            double a = x[k], b = x[k + 1], c = x[k + 2], d = x[k + 3];
                            sum += a + b + c + d;
                            squares += a * a + b * b + c * c + d * d;
                        }
                    }
                    for (; k < start + period; k++) {
                        sum += x[k];
                        squares = squares + x[k] * x[k];
                    }
                    double mean = sum * scale;
                    out[offset + full] = (squares * scale - mean * mean) * factor;
                    for (int t = full + 1; t < end; t++) {
                        double v = x[t], old = x[t - period];
                        sum += v - old;
                        squares += v * v - old * old;
                        mean = sum * scale;
                        out[offset + t] = (squares * scale - mean * mean) * factor;
                    }
                    return Double.isFinite(sum); // a NaN or infinity that entered leaves the sum NaN for good
                });
    }

    public double sum() {
        return sum;
    }

    public double squares() {
        return squares;
    }

    /** The window the sums are over. */
    public Window window() {
        return window;
    }
}
