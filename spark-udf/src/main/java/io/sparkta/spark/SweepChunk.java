package io.sparkta.spark;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Vectorization;
import java.util.Arrays;

/**
 * One series times a chunk of combos, computed by the batch kernel into one pre-allocated matrix per output
 * whose rows each carry a Spark array header, so every row is handed to Spark as a view, never copied.
 *
 * <p>A combo the series is too short for (or an all-NaN series) gets a NaN row; the others are computed.
 *
 * <p>The matrices are reused by the next chunk on the same thread. Rows emitted from them are views, valid
 * until the task's iterator has moved past the chunk: Spark's operators copy a row they keep (its own scans
 * reuse their rows the same way), and the view-and-copy path is copied by Spark's scan at once. Constructing
 * a new chunk ends the previous one on that thread.
 */
final class SweepChunk {
    /** Per task thread, one set of matrices per role (a backtest holds a fast and a slow chunk at once). */
    private static final ThreadLocal<double[][][]> REUSE = ThreadLocal.withInitial(() -> new double[2][][]);

    final double[][] combos;
    final int n;
    private final int stride, prefixSlots;
    private final double[][] matrices;

    SweepChunk(Indicator ind, double[][] inputs, double[][] combos) {
        this(ind, inputs, combos, 0, 0);
    }

    /**
     * {@code role} tells apart chunks alive at the same time on one thread (0 or 1); {@code prefixSlots}
     * doubles are left free before each row's array header, for the rest of a result row ({@link SweepRowLayout}).
     */
    SweepChunk(Indicator ind, double[][] inputs, double[][] combos, int role, int prefixSlots) {
        this.combos = combos;
        this.n = inputs[0].length;
        this.prefixSlots = prefixSlots;
        int header = prefixSlots + SeriesData.headerSlots(n);
        this.stride = header + n;
        this.matrices = matrices(role, ind.spec().outputs().size(), combos.length * stride);
        try {
            ind.batchInto(inputs, combos, BatchOptions.serial(Vectorization.AUTO), matrices, header, stride);
        } catch (IndicatorException e) {
            if (!e.kind().isDataDependent()) {
                throw e;
            }
            computeOneByOne(ind, inputs, header);
        }
        for (double[] m : matrices) {
            for (int r = 0; r < combos.length; r++) {
                int at = r * stride + prefixSlots;
                SeriesData.writeHeader(m, at, n);
                Arrays.fill(m, at + 1, r * stride + header, 0.0); // a reused matrix: clear the null bitmap
            }
        }
    }

    private static double[][] matrices(int role, int outputs, int size) {
        double[][][] cache = REUSE.get();
        double[][] m = cache[role];
        if (m == null || m.length < outputs || m[0].length < size) {
            m = new double[outputs][size];
            cache[role] = m;
        }
        return m.length == outputs ? m : Arrays.copyOf(m, outputs); // the first matrices, as many as outputs
    }

    /** The batch refused the series for some combo: compute each combo alone, NaN where it cannot be. */
    private void computeOneByOne(Indicator ind, double[][] inputs, int header) {
        double[][] row = new double[matrices.length][];
        for (int r = 0; r < combos.length; r++) {
            for (int o = 0; o < matrices.length; o++) {
                row[o] = matrices[o];
            }
            try {
                ind.computeInto(inputs, combos[r], Vectorization.AUTO, row, r * stride + header);
            } catch (IndicatorException e) {
                if (!e.kind().isDataDependent()) {
                    throw e;
                }
                for (double[] m : matrices) {
                    Arrays.fill(m, r * stride + header, r * stride + header + n, Double.NaN);
                }
            }
        }
    }

    /** The matrix of output o; combo r's values start at {@link #start(int)}. */
    double[] matrix(int o) {
        return matrices[o];
    }

    int start(int r) {
        return arrayAt(r) + SeriesData.headerSlots(n);
    }

    /** Where combo r's array header lies in each matrix (its values follow it). */
    int arrayAt(int r) {
        return r * stride + prefixSlots;
    }
}
