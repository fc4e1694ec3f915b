package io.sparkta.kernels.simd;

import io.sparkta.kernels.spi.EmaChainRows;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * EMA-chain sweeps with one period per lane. Each lane runs its scalar stages until the longest period in
 * the group has left its running-mean phase; from there every stage is {@code v += alpha (x - v)} (a NaN input
 * keeps v), the same operations per lane as the scalar stage, so rows are bit-identical to scalar.
 */
public final class EmaChainLanes implements EmaChainRows {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void compute(double[] x, int first, Chain chain, int from, int to, double[] out, int offset, int stride) {
        int r = from;
        for (; r + L <= to; r += L) {
            group(x, first, chain, r, out, offset, stride);
        }
        for (; r < to; r++) {
            EmaChainRows.scalarRow(x, first, chain, r, x.length, out, offset + r * stride);
        }
    }

    private static void group(double[] x, int first, Chain chain, int r0, double[] out, int offset, int stride) {
        int n = x.length, depth = chain.depth();
        int[] order = chain.order();
        int start = first;
        for (int j = 0; j < L; j++) {
            start = Math.max(start, Math.min(n, first + chain.periods()[r0 + j])); // every stage's mean phase is over
        }
        double[][] state = new double[depth][L], coefficient = new double[depth][L];
        double[] alpha = new double[L], lanes = new double[L];
        int[] rowStart = new int[L], warm = new int[L];
        for (int j = 0; j < L; j++) {
            int r = r0 + j;
            rowStart[j] = offset + r * stride;
            warm[j] = first + chain.warmups()[r];
            EmaChainRows.Row row = EmaChainRows.scalarRow(x, first, chain, r, start, out, rowStart[j]);
            for (int s = 0; s < depth; s++) {
                state[s][j] = row.stage(s).value();
                coefficient[s][j] = chain.coefficients()[r][s];
            }
            alpha[j] = row.stage(0).alpha();
        }
        DoubleVector a = DoubleVector.fromArray(S, alpha, 0);
        DoubleVector[] v = new DoubleVector[depth], c = new DoubleVector[depth];
        for (int s = 0; s < depth; s++) {
            v[s] = DoubleVector.fromArray(S, state[s], 0);
            c[s] = DoubleVector.fromArray(S, coefficient[s], 0);
        }
        int latestWarm = 0;
        for (int w : warm) {
            latestWarm = Math.max(latestWarm, w);
        }
        for (int t = start; t < n; t++) {
            DoubleVector in = DoubleVector.broadcast(S, x[t]);
            for (int s = 0; s < depth; s++) {
                VectorMask<Double> missing = in.test(VectorOperators.IS_NAN);
                v[s] = v[s].add(a.mul(in.sub(v[s]))).blend(v[s], missing);
                in = v[s];
            }
            DoubleVector sum = c[order[0]].mul(v[order[0]]);
            for (int k = 1; k < order.length; k++) {
                sum = sum.add(c[order[k]].mul(v[order[k]]));
            }
            sum.intoArray(lanes, 0);
            if (t >= latestWarm) {
                for (int j = 0; j < L; j++) {
                    out[rowStart[j] + t] = lanes[j];
                }
            } else {
                for (int j = 0; j < L; j++) {
                    if (t >= warm[j]) {
                        out[rowStart[j] + t] = lanes[j];
                    }
                }
            }
        }
    }
}
