package io.sparkta.kernels.stats;

/**
 * The least-squares slope of a window from sums of y and x*y (x = 1 for the oldest bar) kept with Kahan
 * compensation and slid in O(1) per bar, as VectorTA's linearreg_slope keeps them. They still drift slowly: the
 * rounding of each newest y * period stays in the sum of x*y after that value has left. With {@code exact} the
 * sums are rebuilt from the window every period bars (O(1) amortised), which bounds that drift to one window.
 * A NaN makes the windows holding it NaN; the sums are rebuilt once it has left.
 */
final class RegressionSums {
    private final Window window;
    private final boolean exact;
    private final double n, nInv, sxInv;
    // compensated sums {sum, carry} of y and x*y over the window's newest period - 1 values
    private final double[] y = new double[2], xy = new double[2];
    private int sinceRebuild;

    RegressionSums(int period, boolean exact) {
        this.exact = exact;
        window = new Window(period);
        n = period;
        double sx = 0.5 * n * (n + 1.0), sxx = (n * (n + 1.0) * (2.0 * n + 1.0)) / 6.0;
        double inv = 1.0 / (n * sxx - sx * sx);
        nInv = n * inv;
        sxInv = sx * inv;
    }

    /** Takes the next value and returns the slope of the window ending with it (NaN until it is full). */
    double slope(double v) {
        window.push(v);
        if (!window.ready()) {
            return Double.NaN;
        }
        if (window.fresh() || (exact && ++sinceRebuild == window.length())) {
            sinceRebuild = 0;
            y[0] = y[1] = xy[0] = xy[1] = 0.0;
            for (int k = 0; k < window.length() - 1; k++) {
                add(y, window.get(k));
                add(xy, window.get(k) * (k + 1));
            }
        }
        add(y, v);
        add(xy, v * n);
        double slope = xy[0] * nInv - y[0] * sxInv;
        add(xy, -y[0]); // every x drops by one, and the oldest leaves
        add(y, -window.get(0));
        return slope;
    }

    /**
     * The slopes {@link #slope} gives, over a whole array: for every window of {@code x} ending at t from
     * {@code first + period - 1} on, into {@code out[offset + t]} (NaN for windows holding a NaN), the
     * compensated sums held in registers.
     */
    static void slopes(double[] x, int first, int period, boolean exact, double[] out, int offset) {
        RegressionSums constants = new RegressionSums(period, exact);
        double n = constants.n, nInv = constants.nInv, sxInv = constants.sxInv;
        CleanRuns.forEach(new double[][] {x}, false, first, period, new double[][] {out}, offset, (start, full, end) -> {
            double y = 0.0, yCarry = 0.0, xy = 0.0, xyCarry = 0.0;
            int sinceRebuild = 0;
            for (int t = full; t < end; t++) {
                int oldest = t - period + 1;
                if (t == full || (exact && ++sinceRebuild == period)) {
                    sinceRebuild = 0;
                    y = yCarry = xy = xyCarry = 0.0;
                    for (int k = 0; k < period - 1; k++) {
                        double a = x[oldest + k] - yCarry, s = y + a;
                        yCarry = (s - y) - a;
                        y = s;
                        double b = x[oldest + k] * (k + 1) - xyCarry, r = xy + b;
                        xyCarry = (r - xy) - b;
                        xy = r;
                    }
                }
                double a = x[t] - yCarry, s = y + a;
                yCarry = (s - y) - a;
                y = s;
                double b = x[t] * n - xyCarry, r = xy + b;
                xyCarry = (r - xy) - b;
                xy = r;
                out[offset + t] = xy * nInv - y * sxInv;
                b = -y - xyCarry; // every x drops by one, and the oldest leaves
                r = xy + b;
                xyCarry = (r - xy) - b;
                xy = r;
                a = -x[oldest] - yCarry;
                s = y + a;
                yCarry = (s - y) - a;
                y = s;
            }
        });
    }

    /** Kahan's compensated addition. */
    private static void add(double[] sum, double x) {
        double t = x - sum[1], s = sum[0] + t;
        sum[1] = (s - sum[0]) - t;
        sum[0] = s;
    }
}
