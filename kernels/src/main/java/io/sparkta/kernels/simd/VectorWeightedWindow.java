package io.sparkta.kernels.simd;

import io.sparkta.kernels.spi.WeightedWindow;
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
        int p = w.length;
        int t = from;
        for (; t + 2 * L <= to; t += 2 * L) {
            int s = t - p + 1;
            DoubleVector a0 = DoubleVector.zero(S);
            DoubleVector a1 = DoubleVector.zero(S);
            int i = 0;
            for (; i + 4 <= p; i += 4) {
                DoubleVector w0 = DoubleVector.broadcast(S, w[i]);
                DoubleVector w1 = DoubleVector.broadcast(S, w[i + 1]);
                DoubleVector w2 = DoubleVector.broadcast(S, w[i + 2]);
                DoubleVector w3 = DoubleVector.broadcast(S, w[i + 3]);
                int b = s + i;
                DoubleVector g0 = w0.mul(DoubleVector.fromArray(S, x, b))
                        .add(w1.mul(DoubleVector.fromArray(S, x, b + 1)))
                        .add(w2.mul(DoubleVector.fromArray(S, x, b + 2)))
                        .add(w3.mul(DoubleVector.fromArray(S, x, b + 3)));
                DoubleVector g1 = w0.mul(DoubleVector.fromArray(S, x, b + L))
                        .add(w1.mul(DoubleVector.fromArray(S, x, b + L + 1)))
                        .add(w2.mul(DoubleVector.fromArray(S, x, b + L + 2)))
                        .add(w3.mul(DoubleVector.fromArray(S, x, b + L + 3)));
                a0 = a0.add(g0);
                a1 = a1.add(g1);
            }
            for (; i < p; i++) {
                DoubleVector wi = DoubleVector.broadcast(S, w[i]);
                a0 = a0.add(wi.mul(DoubleVector.fromArray(S, x, s + i)));
                a1 = a1.add(wi.mul(DoubleVector.fromArray(S, x, s + i + L)));
            }
            a0.mul(scale).intoArray(out, outOffset + t);
            a1.mul(scale).intoArray(out, outOffset + t + L);
        }
        for (; t < to; t++) {
            out[outOffset + t] = WeightedWindow.dot(x, t - p + 1, w) * scale;
        }
    }
}
