package io.sparkta.kernels.vector;

import io.sparkta.kernels.Vectorization;

/**
 * RSI's two Wilder averages and their strength in one pass: per block of {@link DoublingScan#BLOCK} changes of
 * x, the gains {@code max(change, 0)} and losses {@code gain - change}, each smoothed by the
 * {@link DoublingScan} with {@code a = 1 - 1 / period} on unscaled sums (the 1 / period factor cancels in the
 * strength), then {@link #strength} written to the output. Every kernel gives the bits of the scalar one on
 * finite series; a non-finite change leaves the sums returned non-finite, and the caller then runs the step.
 */
public interface GainLossScan {
    /**
     * Whole blocks: {@code out[outAt + i]} for i in [0, blocks * BLOCK) from the changes
     * {@code x[xAt + i] - x[xAt + i - 1]}; {@code sums} holds the gain and loss carries before the first block
     * and receives those after the last.
     */
    void blocks(DoublingScan scan, double[] sums, double[] x, int xAt, double[] out, int outAt, int blocks);

    static GainLossScan of(Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** The gain's share of the total in percent, 50 where both are zero. */
    static double strength(double gain, double loss) {
        double total = gain + loss;
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }

    /** The scan one change at a time (streams, and a series' last partial block), from the seeded sums on. */
    final class Step {
        private final DoublingScan.Step gains, losses;

        public Step(DoublingScan scan, double gainSum, double lossSum) {
            gains = scan.step(gainSum);
            losses = scan.step(lossSum);
        }

        /** The strength after this change; a NaN change counts as neither gain nor loss. */
        public double next(double change) {
            double up = change > 0 ? change : 0.0, down = change < 0 ? -change : 0.0;
            return strength(gains.next(up), losses.next(down));
        }
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        /** A block's changes into scratch, both scans written out, then the strengths. */
        static final GainLossScan SCALAR = (scan, sums, x, xAt, out, outAt, blocks) -> {
            int b = DoublingScan.BLOCK;
            double[] up = new double[b], down = new double[b], gains = new double[b], losses = new double[b];
            double gain = sums[0], loss = sums[1];
            for (int k = 0; k < blocks; k++, xAt += b, outAt += b) {
                for (int i = 0; i < b; i++) {
                    double change = x[xAt + i] - x[xAt + i - 1], u = Math.max(change, 0.0);
                    up[i] = u;
                    down[i] = u - change;
                }
                gain = scan.block(gain, up, gains, 0);
                loss = scan.block(loss, down, losses, 0);
                for (int i = 0; i < b; i++) {
                    out[outAt + i] = strength(gains[i], losses[i]);
                }
            }
            sums[0] = gain;
            sums[1] = loss;
        };
        static final ScalarOrSimd<GainLossScan> CHOICE = new ScalarOrSimd<>(GainLossScan.class, SCALAR,
                "VectorGainLossScan");

        private Impls() {
        }
    }
}
