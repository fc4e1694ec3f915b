package io.sparkta.kernels.backtest;

/**
 * The metrics of {@link Crossover} accumulated bar by bar from the position a strategy takes after each bar, so
 * that every strategy is measured the same way without an equity curve.
 */
final class Performance {
    private double equity = 1.0;
    private double peak = 1.0;
    private double maxDrawdown;
    private double sum;
    private double sumSq;
    private int trades;
    private int exposed;
    private double position;

    /** Takes bar t's return on the position held since bar t-1, then the position {@code next} after bar t. */
    void bar(double[] close, int t, double next) {
        if (t > 0) {
            double r = 0.0;
            if (position != 0.0) {
                exposed++;
                double move = close[t] / close[t - 1] - 1.0;
                r = Double.isNaN(move) ? 0.0 : position * move;
            }
            equity *= 1.0 + r;
            sum += r;
            sumSq += r * r;
            if (equity > peak) {
                peak = equity;
            } else {
                maxDrawdown = Math.max(maxDrawdown, 1.0 - equity / peak);
            }
        }
        if (next != position) {
            trades++;
            position = next;
        }
    }

    /** Writes the five metrics of {@link Crossover#METRICS} after {@code n} bars. */
    void write(int n, double barsPerYear, double[] metrics) {
        int bars = n - 1;
        double mean = bars > 0 ? sum / bars : Double.NaN;
        double var = bars > 1 ? (sumSq - sum * mean) / (bars - 1) : Double.NaN;
        metrics[0] = equity - 1.0;
        metrics[1] = var > 0 ? mean / Math.sqrt(var) * Math.sqrt(barsPerYear) : Double.NaN;
        metrics[2] = maxDrawdown;
        metrics[3] = trades;
        metrics[4] = bars > 0 ? (double) exposed / bars : Double.NaN;
    }
}
