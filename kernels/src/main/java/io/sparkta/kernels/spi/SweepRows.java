package io.sparkta.kernels.spi;

/**
 * Computes rows [from, to) of a one-input sweep whose first parameter varies: row r belongs to
 * {@code combos[r]} and starts at {@code out[offset + r * stride]}; NaN prefixes are already written.
 */
public interface SweepRows {
    void compute(double[] x, int first, double[][] combos, int from, int to, double[] out, int offset, int stride);
}
