package io.sparkta.kernels;

import java.util.Arrays;

/**
 * The result of a batch sweep: for each output one row-major {@code rows x cols} matrix, row r belonging to
 * {@code combos[r]}.
 */
public record BatchResult(IndicatorSpec spec, double[][] combos, int rows, int cols, double[][] outputs) {

    /** The matrix of one output, by name. */
    public double[] output(String name) {
        int i = spec.outputs().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(spec.id() + " has no output '" + name + "' (valid: "
                    + String.join(", ", spec.outputs()) + ")");
        }
        return outputs[i];
    }

    /** A copy of one row of one output. */
    public double[] row(int output, int row) {
        return Arrays.copyOfRange(outputs[output], row * cols, (row + 1) * cols);
    }

    /** The row whose combo equals {@code params} (reals compared within 1e-12), or -1. */
    public int rowOf(double... params) {
        for (int r = 0; r < rows; r++) {
            boolean same = true;
            for (int j = 0; j < params.length && same; j++) {
                same = Math.abs(combos[r][j] - params[j]) <= 1e-12;
            }
            if (same) {
                return r;
            }
        }
        return -1;
    }
}
