package io.sparkta.kernels;

import java.lang.ref.SoftReference;

/**
 * Per-thread arrays reused by the off-heap copy path, so that a series copied in and out costs the copies and
 * not a fresh allocation (and zeroing) of every array as well. Held softly: the collector may take them back.
 */
final class ScratchArrays {
    private static final ThreadLocal<SoftReference<double[][]>> HELD = new ThreadLocal<>();

    private ScratchArrays() {
    }

    /** {@code count} arrays of exactly {@code n} doubles, owned by the calling thread until its next call. */
    static double[][] take(int count, int n) {
        SoftReference<double[][]> ref = HELD.get();
        double[][] arrays = ref == null ? null : ref.get();
        if (arrays == null || arrays.length < count || arrays[0].length != n) {
            arrays = new double[count][n];
            HELD.set(new SoftReference<>(arrays));
        }
        return arrays;
    }
}
