package io.sparkta.kernels;

import io.sparkta.kernels.spi.Vectorization;
import java.util.Locale;

/**
 * Which implementation computes: {@code AUTO} (SIMD when the Vector API is present, else scalar, decided
 * once per JVM), or a forced {@code SCALAR} or {@code SIMD}. Indicators without a SIMD implementation run
 * their scalar code for every choice.
 */
public enum Kernel {
    AUTO, SCALAR, SIMD;

    /** The concrete kernel: never {@code AUTO}. Asking for SIMD where it is unavailable is an error. */
    public Kernel resolve() {
        switch (this) {
            case AUTO:
                return Vectorization.simdAvailable() ? SIMD : SCALAR;
            case SIMD:
                if (!Vectorization.simdAvailable()) {
                    throw new UnsupportedOperationException(
                            "SIMD kernels are unavailable: " + Vectorization.reason());
                }
                return SIMD;
            default:
                return SCALAR;
        }
    }

    public static Kernel of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kernel '" + name + "' (valid: auto, scalar, simd)");
        }
    }
}
