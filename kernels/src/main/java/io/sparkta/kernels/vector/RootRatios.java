package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * A block of values over the square roots of their mean squares, {@code out[k] = meanSquare[k] == 0 ? 0 :
 * value[k] / sqrt(meanSquare[k])}: the division and square root bound a recursion whose other work is a short
 * dependent chain, so its steps store their values and mean squares and leave these to a vector of lanes.
 * Square roots and divisions are correctly rounded, so every implementation gives the same bits.
 */
public interface RootRatios {
    /** Writes out[0, count); {@code out} is neither input (the scalar form may read them again after writing). */
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
        /**
         * Branch-free over arrays indexed alike, so that C2 turns the loop into vector code on its own; the
         * least mean square rides along (a reduction C2 vectorises only beside other vector work) and tells
         * whether any zero needs its 0 written over the quotient.
         */
        static final RootRatios SCALAR = (value, meanSquare, count, out) -> {
            double least = Double.POSITIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                out[k] = value[k] / Math.sqrt(meanSquare[k]);
                least = Math.min(least, meanSquare[k]);
            }
            if (!(least > 0.0)) { // a zero, or a NaN that may hide one
                for (int k = 0; k < count; k++) {
                    out[k] = ratio(value[k], meanSquare[k]);
                }
            }
        };
        static final ScalarOrSimd<RootRatios> CHOICE = new ScalarOrSimd<>(RootRatios.class, SCALAR, "VectorRootRatios");

        private Impls() {
        }
    }
}
