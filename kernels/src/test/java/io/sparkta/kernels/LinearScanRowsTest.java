package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.sparkta.kernels.vector.LinearScan;
import io.sparkta.kernels.vector.LinearScanRows;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LinearScanRows}: every row of a sweep, on every kernel, has the bits of its own scan, whatever the
 * rows' starts (every phase modulo the block, some past the end), gaps and infinities included, and writes
 * nothing outside its row's [start, n).
 */
class LinearScanRowsTest {
    @Test
    void everyRowEqualsItsOwnScan() {
        SplittableRandom rnd = new SplittableRandom(41);
        for (int n : new int[] {1, 9, 40, 257, 1003}) {
            double[] x = new double[n];
            for (int t = 0; t < n; t++) {
                x[t] = rnd.nextDouble(-50, 150);
            }
            if (n > 200) {
                x[150] = Double.NaN;
                x[190] = Double.NEGATIVE_INFINITY;
            }
            int rows = 37, stride = n + 3;
            LinearScan.Coefficients[] k = new LinearScan.Coefficients[rows];
            double[] carries = new double[rows];
            int[] starts = new int[rows], rowAt = new int[rows];
            double[] expected = new double[rows * stride];
            Arrays.fill(expected, -1.0);
            for (int r = 0; r < rows; r++) {
                double alpha = 1.0 / (2 + rnd.nextInt(300));
                k[r] = new LinearScan.Coefficients(1.0 - alpha, alpha);
                carries[r] = rnd.nextDouble(0, 100);
                starts[r] = rnd.nextInt(Math.min(n + 2, 120));
                rowAt[r] = 2 + r * stride;
                if (starts[r] < n) {
                    LinearScan.scan(Vectorization.SCALAR, k[r], carries[r], x, starts[r], expected,
                            rowAt[r] + starts[r], n - starts[r]);
                }
            }
            for (Vectorization v : TestVectorizations.all()) {
                double[] swept = new double[rows * stride];
                Arrays.fill(swept, -1.0);
                LinearScanRows.sweep(v, k, carries, starts, x, n, swept, rowAt);
                assertArrayEquals(expected, swept, v + " n=" + n);
            }
        }
    }
}
