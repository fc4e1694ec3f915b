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
        Performance performance = new Performance();
        for (int t = 0; t < n; t++) {
            double f = fast[fastAt + t], s = slow[slowAt + t];
            performance.bar(close, t, Double.isNaN(f) || Double.isNaN(s) ? 0.0 : f > s ? 1.0 : longShort ? -1.0 : 0.0);
        }
        performance.write(n, barsPerYear, metrics);
    }
}
