package io.sparkta.kernels.stats;

import java.util.Arrays;

/**
 * The runs of clean bars (every input non-NaN, or finite) of whole arrays, for array kernels of steps whose
 * window restarts after a NaN ({@link Window}): each run long enough to hold a window is computed on its own,
 * seeded once and slid in registers, and every other output from the first full window on is NaN.
 */
public final class CleanRuns {
    /** Computes the windows ending at {@code full..end-1}, all within the clean bars {@code start..end-1}. */
    @FunctionalInterface
    public interface Run {
        void compute(int start, int full, int end);
    }

    private CleanRuns() {
    }

    /** As {@link Run}, for sums that a bar which is not clean leaves non-finite for good. */
    @FunctionalInterface
    public interface PoisonedRun {
        /** As {@link Run#compute}; false where the run held a bar that was not clean (its outputs then void). */
        boolean compute(int start, int full, int end);
    }

    /**
     * As {@link #forEach}, first over all bars from {@code first} as one run, which saves the pass that looks for
     * the runs on a clean series; only where that run reports a bar that was not clean are the runs looked for.
     */
    public static void forEachAssumingOne(double[][] in, boolean finite, int first, int length, double[][] out,
                                          int offset, PoisonedRun run) {
        int n = in[0].length;
        if (first + length - 1 < n && run.compute(first, first + length - 1, n)) {
            return;
        }
        forEach(in, finite, first, length, out, offset, run::compute);
    }

    /**
     * Runs {@code run} on every clean run from {@code first} on that holds a window of {@code length} bars, and
     * writes NaN into every output at offset + t for the other t from {@code first + length - 1} on.
     */
    public static void forEach(double[][] in, boolean finite, int first, int length, double[][] out, int offset,
                               Run run) {
        int n = in[0].length;
        int written = first + length - 1; // the outputs before it are the warm-up's
        for (int start = first; start < n; ) {
            int end = runEnd(in, finite, start, n);
            int full = start + length - 1;
            if (full < end) {
                fillNaN(out, offset + written, offset + full);
                run.compute(start, full, end);
                written = end;
            }
            start = end + 1; // past the bar that is not clean
        }
        fillNaN(out, offset + written, offset + n);
    }

    /** The first bar from start on that is not clean, or n: one tight loop per input rather than per bar. */
    private static int runEnd(double[][] in, boolean finite, int start, int n) {
        int end = n;
        for (double[] x : in) {
            int t = start;
            if (finite) {
                while (t < end && Double.isFinite(x[t])) {
                    t++;
                }
            } else {
                while (t < end && !Double.isNaN(x[t])) {
                    t++;
                }
            }
            end = t;
        }
        return end;
    }

    private static void fillNaN(double[][] out, int from, int to) {
        for (double[] o : out) {
            Arrays.fill(o, from, to, Double.NaN);
        }
    }
}
