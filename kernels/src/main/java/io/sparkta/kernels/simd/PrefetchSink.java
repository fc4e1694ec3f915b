package io.sparkta.kernels.simd;

/**
 * Where the staged SIMD kernels leave the sum of the loads that pull their next block into cache: a value
 * written to a volatile field, so that the JIT keeps loads whose results nothing else reads.
 */
final class PrefetchSink {
    private static volatile double sink;

    private PrefetchSink() {
    }

    static void keep(double touched) {
        sink = touched;
    }
}
