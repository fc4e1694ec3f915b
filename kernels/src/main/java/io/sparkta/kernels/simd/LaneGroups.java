package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.PeriodSweepRows;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A sweep computed one period per vector lane: whole groups of {@link #groupSize()} rows run together, the
 * leftover rows run the scalar row kernel.
 */
abstract class LaneGroups implements PeriodSweepRows {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int L = S.length();

    @Override
    public final void compute(double[] x, int first, int[] periods, int from, int to, double[] out, int offset,
                              int stride) {
        int g = groupSize();
        int r = from;
        for (; r + g <= to; r += g) {
            group(x, first, periods, r, out, offset, stride);
        }
        for (; r < to; r++) {
            scalarRow(x, first, periods[r], out, offset + r * stride);
        }
    }

    /** Rows per group: a multiple of the lane count. */
    abstract int groupSize();

    /** Rows r0 .. r0 + groupSize() - 1 together; row r starts at {@code out[offset + r * stride]}. */
    abstract void group(double[] x, int first, int[] periods, int r0, double[] out, int offset, int stride);

    /** One leftover row. */
    abstract void scalarRow(double[] x, int first, int period, double[] out, int offset);
}
