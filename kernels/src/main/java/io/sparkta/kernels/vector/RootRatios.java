package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * A block of values over the square roots of their mean squares, {@code out[k] = meanSquare[k] == 0 ? 0 :
 * value[k] / sqrt(meanSquare[k])}: the division and square root bound a recursion whose other work is a short
 * dependent chain, so its steps store their values and mean squares and leave these to a vector of lanes.
 * Square roots and divisions are correctly rounded, so every implementation gives the same bits.
 */
public interface RootRatios {
    void apply(double[] value, double[] meanSquare, int count, double[] out);

    static RootRatios of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** One ratio, shared by the scalar loop, the vector remainder and streams. */
    static double ratio(double value, double meanSquare) {
        return meanSquare == 0.0 ? 0.0 : value / Math.sqrt(meanSquare);
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final RootRatios SCALAR = (value, meanSquare, count, out) -> {
            for (int k = 0; k < count; k++) {
                out[k] = ratio(value[k], meanSquare[k]);
            }
        };
        static final ScalarOrSimd<RootRatios> CHOICE = new ScalarOrSimd<>(RootRatios.class, SCALAR, "VectorRootRatios");

        private Impls() {
        }
    }
}
