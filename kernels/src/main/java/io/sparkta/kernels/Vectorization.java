package io.sparkta.kernels;

import io.sparkta.kernels.vector.VectorizationProvider;
import java.util.Locale;

/**
 * Which implementation computes: {@code AUTO} (SIMD when the Vector API is present, else scalar, decided
 * once per JVM), or a forced {@code SCALAR} or {@code SIMD}. Indicators without a SIMD implementation run
 * their scalar code for every choice.
 */
public enum Vectorization {
    AUTO, SCALAR, SIMD;

    /** The concrete choice: never {@code AUTO}. Asking for SIMD where it is unavailable is an error. */
    public Vectorization resolve() {
        switch (this) {
            case AUTO:
                return VectorizationProvider.simdAvailable() ? SIMD : SCALAR;
            case SIMD:
                if (!VectorizationProvider.simdAvailable()) {
                    throw new UnsupportedOperationException(
                            "SIMD kernels are unavailable: " + VectorizationProvider.reason());
                }
                return SIMD;
            default:
                return SCALAR;
        }
    }

    public static Vectorization of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kernel '" + name + "' (valid: auto, scalar, simd)");
        }
    }
}
