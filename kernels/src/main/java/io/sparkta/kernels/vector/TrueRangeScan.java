package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * ATR's smoothing fused with its true ranges: per block of {@link DoublingScan#BLOCK} bars, {@code weight}
 * times each bar's true range, smoothed by the {@link DoublingScan}, written to the output. Every kernel gives
 * the scalar kernel's bits, a NaN bar included (it makes its block's later outputs and every later one NaN).
 */
public interface TrueRangeScan {
    /**
     * Whole blocks: {@code out[outAt + i]} for i in [0, blocks * BLOCK) from the bars {@code high[highAt + i]},
     * {@code low[lowAt + i]} and the close before each, {@code close[closeAt + i]}, the first block carrying
     * {@code carry}; returns the last output, the next block's carry.
     */
    double blocks(DoublingScan scan, double weight, double carry, double[] high, int highAt, double[] low,
                  int lowAt, double[] close, int closeAt, double[] out, int outAt, int blocks);

    static TrueRangeScan of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** {@code max(h - l, |h - c'|, |l - c'|)}, c' the close before the bar. */
    static double trueRange(double high, double low, double previousClose) {
        return Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
    }

    /** {@link #trueRange}, or the bar's own range {@code h - l} where there is no close before it (NaN). */
    static double trueRangeOrRange(double high, double low, double previousClose) {
        return Double.isNaN(previousClose) ? high - low : trueRange(high, low, previousClose);
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        /** A block's weighted true ranges into scratch, then the scan written out into the output. */
        static final TrueRangeScan SCALAR = (scan, weight, carry, high, highAt, low, lowAt, close, closeAt, out, outAt,
                                             blocks) -> {
            int b = DoublingScan.BLOCK;
            double[] ranges = new double[b];
            for (int k = 0; k < blocks; k++) {
                for (int i = 0; i < b; i++, highAt++, lowAt++, closeAt++) {
                    ranges[i] = weight * trueRange(high[highAt], low[lowAt], close[closeAt]);
                }
                carry = scan.block(carry, ranges, out, outAt + k * b);
            }
            return carry;
        };
        static final ScalarOrSimd<TrueRangeScan> CHOICE = new ScalarOrSimd<>(TrueRangeScan.class, SCALAR,
                "VectorTrueRangeScan");

        private Impls() {
        }
    }
}
