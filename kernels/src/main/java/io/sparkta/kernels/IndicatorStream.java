package io.sparkta.kernels;

/**
 * Incremental evaluation, one bar at a time, equal to the single-series call on the same prefix: its last bar,
 * or for an indicator that looks ahead ({@link IndicatorSpec#lookahead(double[])}) the bar that many before it,
 * the latest one the prefix decides.
 *
 * <p>Bars before the first one whose inputs are all non-NaN are skipped (their outputs are NaN), exactly
 * as the single call skips leading NaNs; from there on the indicator's own NaN rule applies.
 */
public abstract class IndicatorStream {
    private boolean started;

    /**
     * Feeds one bar, one value per input in descriptor order, and writes one value per output (NaN while
     * warming up). No allocation.
     */
    public final void update(double[] bar, double[] out) {
        if (!started) {
            for (double v : bar) {
                if (Double.isNaN(v)) {
                    java.util.Arrays.fill(out, Double.NaN);
                    return;
                }
            }
            started = true;
        }
        accept(bar, out);
    }

    /** Called for every bar from the first valid one on. */
    protected abstract void accept(double[] bar, double[] out);

    /** A stream over one input series with one output, with a typed {@code update(double)}. */
    public abstract static class OfSeries extends IndicatorStream {
        private boolean seriesStarted;

        /** Feeds one value and returns the newest output (NaN while warming up). */
        public final double update(double value) {
            if (!seriesStarted) {
                if (Double.isNaN(value)) {
                    return Double.NaN;
                }
                seriesStarted = true;
            }
            return next(value);
        }

        @Override
        protected final void accept(double[] bar, double[] out) {
            out[0] = update(bar[0]);
        }

        /** Called for every value from the first non-NaN one on. */
        protected abstract double next(double value);
    }
}
