package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

import java.util.Arrays;

/**
 * Sweep rows of a {@link LinearScan}, one row per vector lane: each lane computes its own row's block formula
 * (its own coefficients, the input broadcast), so a row equals the single call bit for bit. Lanes run together
 * only when their blocks line up, so rows are grouped by where their scans start modulo {@link LinearScan#BLOCK};
 * a group's rows run alone (the same formula) up to the group's latest start.
 */
public interface LinearScanRows {
    /** Rows per group. */
    int lanes();

    /**
     * Rows {@code [0, rows)} of a group (the arrays are {@link #lanes()} long; lanes from {@code rows} on repeat
     * a real row and are not written), every scan continuing at {@code start}, a block start of each row: row j
     * has coefficients {@code k[j]}, carry {@code carries[j]} (its output at start - 1) and writes its output at
     * t to {@code out[rowAt[j] + t]} for t in [start, n).
     */
    void group(LinearScan.Coefficients[] k, double[] carries, int rows, double[] x, int start, int n, double[] out,
               int[] rowAt);

    static LinearScanRows of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /**
     * Every row r: its scan of x from {@code starts[r]} to n after {@code carries[r]}, written to
     * {@code out[rowAt[r] + t]}.
     */
    static void sweep(Vectorization resolved, LinearScan.Coefficients[] k, double[] carries, int[] starts, double[] x,
                      int n, double[] out, int[] rowAt) {
        LinearScanRows kernel = of(resolved);
        int lanes = kernel.lanes(), b = LinearScan.BLOCK;
        Integer[] order = new Integer[k.length];
        Arrays.setAll(order, r -> r);
        // Rows whose blocks line up next to each other, each phase's rows by start, so a group's rows wait least.
        Arrays.sort(order, (r, s) -> starts[r] % b != starts[s] % b ? Integer.compare(starts[r] % b, starts[s] % b)
                : Integer.compare(starts[r], starts[s]));
        LinearScan.Coefficients[] groupK = new LinearScan.Coefficients[lanes];
        double[] groupCarries = new double[lanes];
        int[] groupRowAt = new int[lanes];
        for (int g = 0; g < order.length; ) {
            int phase = starts[order[g]] % b, rows = 0;
            while (rows < lanes && g + rows < order.length && starts[order[g + rows]] % b == phase) {
                rows++;
            }
            int start = starts[order[g + rows - 1]], caughtUp = Math.min(start, n);
            for (int j = 0; j < lanes; j++) {
                int r = order[g + Math.min(j, rows - 1)];
                groupK[j] = k[r];
                groupRowAt[j] = rowAt[r];
                groupCarries[j] = j >= rows ? groupCarries[rows - 1] : starts[r] >= caughtUp ? carries[r]
                        : LinearScan.scan(resolved, k[r], carries[r], x, starts[r], out, rowAt[r] + starts[r],
                        caughtUp - starts[r]);
            }
            if (start < n) {
                kernel.group(groupK, groupCarries, rows, x, start, n, out, groupRowAt);
            }
            g += rows;
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final LinearScanRows SCALAR = new LinearScanRows() {
            @Override
            public int lanes() {
                return 1;
            }

            @Override
            public void group(LinearScan.Coefficients[] k, double[] carries, int rows, double[] x, int start, int n,
                              double[] out, int[] rowAt) {
                LinearScan.scan(Vectorization.SCALAR, k[0], carries[0], x, start, out, rowAt[0] + start, n - start);
            }
        };
        static final ScalarOrSimd<LinearScanRows> CHOICE = new ScalarOrSimd<>(LinearScanRows.class, SCALAR,
                "VectorLinearScanRows");

        private Impls() {
        }
    }
}
