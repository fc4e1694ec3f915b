package io.sparkta.kernels.momentum;

import io.sparkta.kernels.SeriesStep;

/**
 * WaveTrend's first line, which the God Mode oscillators take as their trend channel index: esa and d are EMAs
 * (channel length) of the price and of |price - esa|, each started at its first value; ci = (price - esa) /
 * (factor d); the line is an EMA (average length) of ci from its first finite value. NaN on a bar whose ci is
 * not finite (the line kept); a NaN price leaves the averages as they were.
 */
final class WaveTrendLine implements SeriesStep {
    private final double channelAlpha;
    private final double channelKeep;
    private final double averageAlpha;
    private final double averageKeep;
    private final double factor;
    private double esa = Double.NaN;
    private double d = Double.NaN;
    private double line = Double.NaN;

    WaveTrendLine(int channel, int average, double factor) {
        channelAlpha = 2.0 / (channel + 1.0);
        channelKeep = 1.0 - channelAlpha;
        averageAlpha = 2.0 / (average + 1.0);
        averageKeep = 1.0 - averageAlpha;
        this.factor = factor;
    }

    @Override
    public double next(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        esa = Double.isNaN(esa) ? x : channelAlpha * x + channelKeep * esa;
        double dev = Math.abs(x - esa);
        d = Double.isNaN(d) ? dev : channelAlpha * dev + channelKeep * d;
        double den = factor * d, ci = (x - esa) / den;
        if (den == 0 || !Double.isFinite(den) || !Double.isFinite(esa) || !Double.isFinite(ci)) {
            return Double.NaN;
        }
        line = Double.isNaN(line) ? ci : averageAlpha * ci + averageKeep * line;
        return line;
    }
}
