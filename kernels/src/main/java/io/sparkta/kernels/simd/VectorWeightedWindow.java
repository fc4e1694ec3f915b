package io.sparkta.kernels.simd;

import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WeightedWindow;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WeightedWindow} with several consecutive outputs per vector: lane j of the accumulator is output
 * t + j, so each weight is broadcast once and multiplied with a shifted load of the series. Two vectors of
 * outputs per iteration share the broadcasts and give the core two independent add chains.
 */
public class VectorWeightedWindow implements WeightedWindow {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void apply(double[] x, double[] w, double scale, int from, int to, double[] out, int outOffset) {
        windows(x, w, scale, from, to, out, outOffset, null, null, 0);
    }

    /**
     * Off-heap data staged block by block as the interface's default does, except that while a block is
     * computed the next one is pulled into cache: a load in every cache line of its input and output, spread
     * over the block's loop so that the memory traffic overlaps the arithmetic (JDK 17's vectors cannot load
     * from off-heap memory themselves). Paired against arrays on JDK 17 (WindowStagingBench), ALMA's window
     * went from +54..62% to +31% at period 9, and from +23..37% to +13% at period 30.
     */
    @Override
    public void apply(DoubleMemory x, double[] w, double scale, int from, int to, DoubleMemory out) {
        if (x.array() != null && out.array() != null) {
            WeightedWindow.super.apply(x, w, scale, from, to, out);
            return;
        }
        int p = w.length;
        double[] window = new double[BLOCK + p - 1];
        double[] block = out.array() == null ? new double[BLOCK] : out.array();
        double touched = 0.0;
        int t = from;
        for (; t + BLOCK <= to; t += BLOCK) {
            x.copyTo(t - p + 1, window, 0, BLOCK + p - 1);
            boolean ahead = t + 2 * BLOCK <= to;
            touched += windows(window, w, scale, p - 1, p - 1 + BLOCK, block, WeightedWindow.blockOffset(out, t, p),
                    ahead ? x : null, out, t + BLOCK - (p - 1));
            if (out.array() == null) {
                out.copyFrom(block, t, BLOCK);
            }
        }
        PrefetchSink.keep(touched);
        if (t < to) { // the last, partial block
            WeightedWindow.super.apply(x, w, scale, t, to, out);
        }
    }

    /**
     * The kernel's loop. Where {@code aheadIn} is given, each group of four output vectors t also loads index
     * {@code t + aheadShift} and the three a vector apart after it of {@code aheadIn} and {@code aheadOut}, and
     * returns their sum (kept so the loads are).
     */
    private static double windows(double[] x, double[] w, double scale, int from, int to, double[] out,
                                  int outOffset, DoubleMemory aheadIn, DoubleMemory aheadOut, int aheadShift) {
        double touched = 0.0;
        int p = w.length;
        int t = from;
        for (; t + 4 * L <= to; t += 4 * L) {
            if (aheadIn != null) {
                int k = t + aheadShift;
                touched += aheadIn.get(k) + aheadIn.get(k + L) + aheadIn.get(k + 2 * L) + aheadIn.get(k + 3 * L)
                        + aheadOut.get(k) + aheadOut.get(k + L) + aheadOut.get(k + 2 * L) + aheadOut.get(k + 3 * L);
            }
            int s = t - p + 1;
            DoubleVector a0 = DoubleVector.zero(S);
            DoubleVector a1 = DoubleVector.zero(S);
            DoubleVector a2 = DoubleVector.zero(S);
            DoubleVector a3 = DoubleVector.zero(S);
            int i = 0;
            for (; i + 4 <= p; i += 4) {
                DoubleVector w0 = DoubleVector.broadcast(S, w[i]);
                DoubleVector w1 = DoubleVector.broadcast(S, w[i + 1]);
                DoubleVector w2 = DoubleVector.broadcast(S, w[i + 2]);
                DoubleVector w3 = DoubleVector.broadcast(S, w[i + 3]);
                int b = s + i;
                a0 = a0.add(group(w0, w1, w2, w3, x, b));
                a1 = a1.add(group(w0, w1, w2, w3, x, b + L));
                a2 = a2.add(group(w0, w1, w2, w3, x, b + 2 * L));
                a3 = a3.add(group(w0, w1, w2, w3, x, b + 3 * L));
            }
            for (; i < p; i++) {
                DoubleVector wi = DoubleVector.broadcast(S, w[i]);
                int b = s + i;
                a0 = a0.add(wi.mul(DoubleVector.fromArray(S, x, b)));
                a1 = a1.add(wi.mul(DoubleVector.fromArray(S, x, b + L)));
                a2 = a2.add(wi.mul(DoubleVector.fromArray(S, x, b + 2 * L)));
                a3 = a3.add(wi.mul(DoubleVector.fromArray(S, x, b + 3 * L)));
            }
            int o = outOffset + t;
            a0.mul(scale).intoArray(out, o);
            a1.mul(scale).intoArray(out, o + L);
            a2.mul(scale).intoArray(out, o + 2 * L);
            a3.mul(scale).intoArray(out, o + 3 * L);
        }
        for (; t < to; t++) {
            out[outOffset + t] = WeightedWindow.dot(x, t - p + 1, w) * scale;
        }
        return touched;
    }

    /** One vector of four consecutive weights' products from index b, summed left to right. */
    private static DoubleVector group(DoubleVector w0, DoubleVector w1, DoubleVector w2, DoubleVector w3,
                                      double[] x, int b) {
        return w0.mul(DoubleVector.fromArray(S, x, b))
                .add(w1.mul(DoubleVector.fromArray(S, x, b + 1)))
                .add(w2.mul(DoubleVector.fromArray(S, x, b + 2)))
                .add(w3.mul(DoubleVector.fromArray(S, x, b + 3)));
    }
}
