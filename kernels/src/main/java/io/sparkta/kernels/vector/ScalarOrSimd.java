package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * The scalar implementation of one operation and, when the Vector API is usable, its SIMD twin, loaded by
 * class name on first use (see {@link VectorizationProvider}). An operation may also have a subclass of its SIMD
 * twin that loads vectors from off-heap memory directly, which takes its place on JDK 22 and later.
 */
public final class ScalarOrSimd<T> {
    private final Class<T> type;
    private final T scalar;
    private final String simdClass;
    private final String segmentClass;
    private volatile T simd;

    /** @param simdClass simple name of the implementation in {@link VectorizationProvider#SIMD_PACKAGE} */
    public ScalarOrSimd(Class<T> type, T scalar, String simdClass) {
        this(type, scalar, simdClass, null);
    }

    /**
     * @param segmentClass simple name of the SIMD implementation for JDK 22+, in the same package (built only
     *                     where a JDK 22+ compiler was found; see {@link VectorizationProvider#loadForSegments})
     */
    public ScalarOrSimd(Class<T> type, T scalar, String simdClass, String segmentClass) {
        this.type = type;
        this.scalar = scalar;
        this.simdClass = simdClass;
        this.segmentClass = segmentClass;
    }

    /** The implementation for a resolved kernel ({@code SCALAR} or {@code SIMD}). */
    public T get(Vectorization resolved) {
        if (resolved != Vectorization.SIMD) {
            return scalar;
        }
        T s = simd;
        if (s == null) {
            s = segmentClass == null ? null : VectorizationProvider.loadForSegments(type, segmentClass);
            if (s == null) {
                s = VectorizationProvider.load(type, simdClass);
            }
            if (s == null) {
                throw new UnsupportedOperationException(
                        "SIMD kernels are unavailable: " + VectorizationProvider.reason());
            }
            simd = s;
        }
        return s;
    }
}
