package io.sparkta.kernels.vector;

import io.sparkta.kernels.ParamSpec;

/**
 * Computes rows [from, to) of a one-input sweep over one period: row r has period {@code periods[r]} and
 * starts at {@code out[offset + r * stride]}; NaN prefixes are already written.
 */
public interface PeriodSweepRows {
    void compute(double[] x, int first, int[] periods, int from, int to, double[] out, int offset, int stride);

    /** The period of each of rows [from, to), read from its combo (the other rows stay 0). */
    static int[] periods(ParamSpec.Int period, double[][] combos, int from, int to) {
        int[] periods = new int[combos.length];
        for (int r = from; r < to; r++) {
            periods[r] = period.of(combos[r]);
        }
        return periods;
    }
}
