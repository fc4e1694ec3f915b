package io.sparkta.spark;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Kernel;
import java.util.Arrays;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;

/**
 * One series times a chunk of combos, computed by the batch kernel into one pre-allocated matrix per output
 * whose rows each carry a Spark array header, so every row is handed to Spark as a view, never copied.
 *
 * <p>A combo the series is too short for (or an all-NaN series) gets a NaN row; the others are computed.
 */
final class SweepChunk {
    final double[][] combos;
    final int n;
    private final int stride;
    private final double[][] matrices;

    SweepChunk(Indicator ind, double[][] inputs, double[][] combos) {
        this.combos = combos;
        this.n = inputs[0].length;
        int header = SeriesData.headerSlots(n);
        this.stride = header + n;
        int outs = ind.spec().outputs().size();
        this.matrices = new double[outs][combos.length * stride];
        try {
            ind.batchInto(inputs, combos, BatchOptions.serial(Kernel.AUTO), matrices, header, stride);
        } catch (IndicatorException e) {
            if (!e.kind().isDataDependent()) {
                throw e;
            }
            computeOneByOne(ind, inputs, header);
        }
        for (double[] m : matrices) {
            for (int r = 0; r < combos.length; r++) {
                SeriesData.writeHeader(m, r * stride, n);
            }
        }
    }

    /** The batch refused the series for some combo: compute each combo alone, NaN where it cannot be. */
    private void computeOneByOne(Indicator ind, double[][] inputs, int header) {
        double[][] row = new double[matrices.length][];
        for (int r = 0; r < combos.length; r++) {
            for (int o = 0; o < matrices.length; o++) {
                row[o] = matrices[o];
            }
            try {
                ind.computeInto(inputs, combos[r], Kernel.AUTO, row, r * stride + header);
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
        return r * stride + SeriesData.headerSlots(n);
    }

    /** Output o of combo r, as a Spark array over the matrix. */
    UnsafeArrayData output(int o, int r) {
        return SeriesData.view(matrices[o], r * stride, n);
    }
}
