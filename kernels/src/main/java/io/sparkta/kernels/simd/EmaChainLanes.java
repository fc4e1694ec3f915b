package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.EmaChainRows;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * EMA-chain sweeps with one period per lane. Each lane runs its scalar stages until every stage of every
 * lane in the group has started and left its running-mean phase; from there every stage is
 * {@code fma(1 - alpha, v, alpha x)} (a NaN input keeps v), the same operations per lane as the scalar stage,
 * so rows are bit-identical to scalar.
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
        int start = first;
        for (int j = 0; j < L; j++) {
            start = Math.max(start, Math.min(n, first + chain.settled(r0 + j)));
        }
        // Stage s of lane j sits at [s * L + j]: vectors are loaded from and stored to this small array, since
        // vectors kept in a DoubleVector[] would be boxed on every step.
        double[] values = new double[depth * L], weights = new double[depth * L], alpha = new double[L],
                beta = new double[L];
        double[] lanes = new double[L];
        int[] rowStart = new int[L], warm = new int[L];
        int latestWarm = 0;
        for (int j = 0; j < L; j++) {
            int r = r0 + j;
            rowStart[j] = offset + r * stride;
            warm[j] = first + chain.warmups()[r];
            latestWarm = Math.max(latestWarm, warm[j]);
            EmaChainRows.Row row = EmaChainRows.scalarRow(x, first, chain, r, start, out, rowStart[j]);
            for (int s = 0; s < depth; s++) {
                values[s * L + j] = row.stage(s).value();
                weights[s * L + j] = chain.coefficients()[r][s];
            }
            alpha[j] = row.stage(0).alpha();
            beta[j] = row.stage(0).beta();
        }
        DoubleVector a = DoubleVector.fromArray(S, alpha, 0), b = DoubleVector.fromArray(S, beta, 0);
        // No vector is carried from one loop iteration to the next (each stage reads its input back from the
        // array, the sum accumulates in lanes): a vector merged at a loop's join is boxed on every step.
        for (int t = start; t < n; t++) {
            advance(values, 0, DoubleVector.broadcast(S, x[t]), a, b);
            for (int s = 1; s < depth; s++) {
                advance(values, s, DoubleVector.fromArray(S, values, (s - 1) * L), a, b);
            }
            term(weights, values, 0).intoArray(lanes, 0);
            for (int s = 1; s < depth; s++) {
                DoubleVector.fromArray(S, lanes, 0).add(term(weights, values, s)).intoArray(lanes, 0);
            }
            for (int j = 0; j < L; j++) {
                if (t >= warm[j] || t >= latestWarm) {
                    out[rowStart[j] + t] = lanes[j];
                }
            }
        }
    }

    /** One EMA step of stage s for every lane; a NaN input keeps the lane's value. */
    private static void advance(double[] values, int s, DoubleVector in, DoubleVector a, DoubleVector b) {
        DoubleVector v = DoubleVector.fromArray(S, values, s * L);
        v.fma(b, a.mul(in)).blend(v, in.test(VectorOperators.IS_NAN)).intoArray(values, s * L);
    }

    private static DoubleVector term(double[] weights, double[] values, int stage) {
        return DoubleVector.fromArray(S, weights, stage * L).mul(DoubleVector.fromArray(S, values, stage * L));
    }
}
