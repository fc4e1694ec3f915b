package io.sparkta.kernels.backtest;

/**
 * A long-only strategy driven by a signal series, such as a candlestick pattern's codes: flat, it goes long
 * after a bar whose signal is positive; long, it goes flat after {@code holdBars} bars or after a bar whose
 * signal is negative, whichever comes first (the bar it exits on does not enter again). NaN signals
 * (warm-up) count as 0. Measured as {@link Crossover}
 * measures its positions ({@link Crossover#METRICS}).
 */
public final class SignalEntries {
    private SignalEntries() {
    }

    /** The position after each bar: 1 long, 0 flat. */
    public static double[] positions(double[] signal, int holdBars) {
        if (holdBars < 1) {
            throw new IllegalArgumentException("SignalEntries: hold_bars = " + holdBars + " (valid range: >= 1)");
        }
        double[] positions = new double[signal.length];
        int held = 0;
        for (int t = 0; t < signal.length; t++) {
            boolean long_ = t > 0 && positions[t - 1] == 1.0;
            if (long_) {
                held++;
                long_ = held < holdBars && !(signal[t] < 0);
            } else if (signal[t] > 0) {
                long_ = true;
                held = 0;
            }
            positions[t] = long_ ? 1.0 : 0.0;
        }
        return positions;
    }

    /** Evaluates the strategy on {@code close} and writes the five metrics into {@code metrics}. */
    public static void evaluate(double[] close, double[] signal, int holdBars, double barsPerYear, double[] metrics) {
        if (signal.length != close.length) {
            throw new IllegalArgumentException("SignalEntries.evaluate: signal has " + signal.length
                    + " values, close " + close.length + " (they must be equal)");
        }
        double[] positions = positions(signal, holdBars);
        Performance performance = new Performance();
        for (int t = 0; t < close.length; t++) {
            performance.bar(close, t, positions[t]);
        }
        performance.write(close.length, barsPerYear, metrics);
    }
}
