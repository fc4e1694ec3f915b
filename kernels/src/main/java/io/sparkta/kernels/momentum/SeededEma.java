package io.sparkta.kernels.momentum;

import io.sparkta.kernels.SeriesStep;

/**
 * The classic EMA of TA-Lib and of VectorTA's oscillators (unlike VectorTA's ema indicator, which starts with a
 * running mean): the mean of the first period values, then {@code alpha = 2 / (period + 1)}. VectorTA's
 * oscillators differ in how they round the step and treat NaNs, so both are choices here.
 */
final class SeededEma implements SeriesStep {
    /** What a NaN input does. */
    enum Nans {
        /** Leading NaNs are skipped; a later NaN makes the average NaN from there on (MACD). */
        POISON,
        /** The seed is the mean of the non-NaN values among the first period bars; a later NaN holds (Stoch). */
        HOLD,
        /** As HOLD, and an average left NaN by an all-NaN seed restarts at the next value (KDJ). */
        HOLD_AND_RESTART
    }

    private final int period;
    private final double alpha;
    private final double keep;
    private final boolean fused;
    private final Nans nans;
    private int seen;
    private int counted;
    private double ema;

    /** {@code fused}: a step is {@code fma(x, alpha, keep * ema)} rather than {@code alpha x + keep ema}. */
    SeededEma(int period, boolean fused, Nans nans) {
        this.period = period;
        this.alpha = 2.0 / (period + 1);
        this.keep = 1.0 - alpha;
        this.fused = fused;
        this.nans = nans;
    }

    @Override
    public double next(double x) {
        boolean missing = Double.isNaN(x), holds = nans != Nans.POISON;
        if (seen < period) {
            if (missing && holds) {
                return ++seen == period ? (ema = counted > 0 ? ema / counted : Double.NaN) : Double.NaN;
            }
            if (missing && seen == 0) {
                return Double.NaN;
            }
            ema += x;
            counted++;
            return ++seen == period ? (ema /= counted) : Double.NaN;
        }
        if (missing && holds) {
            return ema;
        }
        if (nans == Nans.HOLD_AND_RESTART && Double.isNaN(ema)) {
            return ema = x;
        }
        ema = fused ? Math.fma(x, alpha, keep * ema) : alpha * x + keep * ema;
        return ema;
    }
}
