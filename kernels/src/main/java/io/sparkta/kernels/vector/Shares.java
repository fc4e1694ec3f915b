package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * A part's share of a whole in percent, element by element: {@code 100 part / (part + other)}, 50 where part and
 * other are both 0 (RSI's strength from its average gain and loss). Every implementation performs the same
 * operations per element (the addition, {@code 100 part}, the division), so SIMD equals scalar bit for bit.
 */
public interface Shares {
    /** {@code out[outAt + i]} for i in [0, count) from {@code part[i]} and {@code other[i]}. */
    void percent(double[] part, double[] other, int count, double[] out, int outAt);

    /** One element, the formula every implementation follows. */
    static double percent(double part, double other) {
        double total = part + other;
        return total == 0 ? 50.0 : 100.0 * part / total;
    }

    static Shares of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final Shares SCALAR = (part, other, count, out, outAt) -> {
            for (int i = 0; i < count; i++) {
                out[outAt + i] = percent(part[i], other[i]);
            }
        };
        static final ScalarOrSimd<Shares> CHOICE = new ScalarOrSimd<>(Shares.class, SCALAR, "VectorShares");

        private Impls() {
        }
    }
}
