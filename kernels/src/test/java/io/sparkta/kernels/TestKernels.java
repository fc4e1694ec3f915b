package io.sparkta.kernels;

import io.sparkta.kernels.spi.Vectorization;
import java.util.List;

/** The kernels a test compares: scalar, and SIMD wherever this JVM has it (KernelFallbackTest asserts when). */
final class TestKernels {
    private TestKernels() {
    }

    static List<Kernel> all() {
        return Vectorization.simdAvailable() ? List.of(Kernel.SCALAR, Kernel.SIMD) : List.of(Kernel.SCALAR);
    }
}
