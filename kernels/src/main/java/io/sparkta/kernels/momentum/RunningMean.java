package io.sparkta.kernels.momentum;

import io.sparkta.kernels.SeriesStep;

/**
 * The mean of the last period values as VectorTA's oscillators keep it: the first period values summed in
 * order, then {@code sum += x - oldest} (the difference first, the order those sums round in). NaN until full.
 */
final class RunningMean implements SeriesStep {
    private final double[] ring;
    private double sum;
    private long seen;

    RunningMean(int period) {
        ring = new double[period];
    }

    @Override
    public double next(double x) {
        int period = ring.length, slot = (int) (seen % period);
        sum = seen < period ? sum + x : sum + (x - ring[slot]);
        ring[slot] = x;
        return ++seen < period ? Double.NaN : sum / period;
    }
}
