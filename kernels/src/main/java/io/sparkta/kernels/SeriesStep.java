package io.sparkta.kernels;

import io.sparkta.kernels.ma.MovingAverages;

/**
 * One value in, one value out: another indicator's stream as a building block of a {@link StepIndicator}'s
 * step (RSI's smoothing, MACD's averages, a signal line). Like every stream it skips the leading NaNs of what
 * it is fed, so a signal line over a series that is still warming up starts where that series does.
 */
@FunctionalInterface
public interface SeriesStep {
    /** Takes the next value and returns the newest output (NaN while warming up). */
    double next(double value);

    /** The stream of a single-series indicator with one output, for (validated) parameters. */
    static SeriesStep of(Indicator indicator, double... params) {
        IndicatorStream stream = indicator.stream(params);
        if (stream instanceof IndicatorStream.OfSeries series) {
            return series::update;
        }
        double[] bar = new double[1], out = new double[indicator.spec().outputs().size()];
        return x -> {
            bar[0] = x;
            stream.update(bar, out);
            return out[0];
        };
    }

    /** Any moving average of the {@code ma} selector, by name, with this period and its other defaults. */
    static SeriesStep movingAverage(String name, int period) {
        Indicator ma = MovingAverages.get(name);
        return of(ma, MovingAverages.params(ma, period));
    }
}
