package io.sparkta.kernels.backtest;

/**
 * A moving-average crossover strategy evaluated on one series, without materialising its equity curve.
 *
 * <p>Definitions (bar t = 0 .. n-1, all decided on closes):
 * <ul>
 *   <li>position after bar t: +1 when fast[t] &gt; slow[t]; otherwise -1 in long/short mode and 0 in long
 *       mode; 0 (flat) while either average is NaN (warm-up);</li>
 *   <li>return of bar t &ge; 1: position after bar t-1 times (close[t] / close[t-1] - 1); 0 when either close
 *       is NaN; equity starts at 1 and compounds these returns;</li>
 *   <li>{@code total_return}: final equity - 1; {@code sharpe}: mean / sample standard deviation of the bar
 *       returns times sqrt(bars per year), NaN when the deviation is 0; {@code max_drawdown}: the largest
 *       fall from a running equity peak, as a fraction (0 = none); {@code trades}: the number of position
 *       changes; {@code exposure}: the share of bar returns taken with a position.</li>
 * </ul>
 */
public final class Crossover {
    /** Metric names, in the order {@link #evaluate} writes them. */
    public static final String[] METRICS = {"total_return", "sharpe", "max_drawdown", "trades", "exposure"};

    private Crossover() {
    }

    /**
     * Evaluates fast row {@code fastRow} against slow row {@code slowRow} of two batch matrices (rows start at
     * {@code row * stride + offset}) and writes the five metrics into {@code metrics}.
     */
    public static void evaluate(double[] close, double[] fast, int fastAt, double[] slow, int slowAt, boolean longShort,
                                double barsPerYear, double[] metrics) {
        int n = close.length;
        double equity = 1.0, peak = 1.0, maxDrawdown = 0.0;
        double sum = 0.0, sumSq = 0.0;
        int trades = 0, exposed = 0;
        double position = 0.0;
        for (int t = 0; t < n; t++) {
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
            double f = fast[fastAt + t], s = slow[slowAt + t];
            double next = Double.isNaN(f) || Double.isNaN(s) ? 0.0 : f > s ? 1.0 : longShort ? -1.0 : 0.0;
            if (next != position) {
                trades++;
                position = next;
            }
        }
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
