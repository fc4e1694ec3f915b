package io.sparkta.kernels;

import io.sparkta.kernels.vector.VectorizationProvider;
import java.util.List;

/**
 * The vectorizations a test compares: scalar, and SIMD wherever this JVM has it (ScalarFallbackTest asserts
 * when).
 */
final class TestVectorizations {
    private TestVectorizations() {
    }

    static List<Vectorization> all() {
        return VectorizationProvider.simdAvailable()
                ? List.of(Vectorization.SCALAR, Vectorization.SIMD)
                : List.of(Vectorization.SCALAR);
    }
}
