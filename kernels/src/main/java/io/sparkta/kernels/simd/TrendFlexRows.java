package io.sparkta.kernels.simd;

import io.sparkta.kernels.cycle.TrendFlex;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * TrendFlex sweep with one period per lane, two vectors of rows per group. Lanes perform exactly the scalar
 * row's operations (see {@link TrendFlex}), so rows are bit-identical to {@link TrendFlex#row}. A lane that
 * has not yet seen {@code period} smoother values only accumulates (its "old" value is 0.0, and
 * {@code (sum + s) - 0.0 == sum + s}) and writes no output.
 */
public final class TrendFlexRows extends LaneGroups {
    private static final int G = 2 * L;

    @Override
    int groupSize() {
        return G;
    }

    @Override
    void scalarRow(double[] x, int first, double[] combo, double[] out, int offset) {
        TrendFlex.row(x, first, (int) combo[0], out, offset);
    }

    @Override
    void group(double[] x, int first, double[][] combos, int r0, double[] out, int offset, int stride) {
        int n = x.length;
        int[] p = new int[G], rowStart = new int[G];
        double[] na2 = new double[G], b = new double[G], c = new double[G], pd = new double[G];
        int maxP = 0;
        for (int j = 0; j < G; j++) {
            p[j] = (int) combos[r0 + j][0];
            maxP = Math.max(maxP, p[j]);
            double[] k3 = TrendFlex.coefficients(p[j]);
            na2[j] = k3[0];
            b[j] = k3[1];
            c[j] = k3[2];
            pd[j] = p[j];
            rowStart[j] = offset + (r0 + j) * stride;
        }
        DoubleVector na2v0 = DoubleVector.fromArray(S, na2, 0), na2v1 = DoubleVector.fromArray(S, na2, L);
        DoubleVector bv0 = DoubleVector.fromArray(S, b, 0), bv1 = DoubleVector.fromArray(S, b, L);
        DoubleVector cv0 = DoubleVector.fromArray(S, c, 0), cv1 = DoubleVector.fromArray(S, c, L);
        DoubleVector pv0 = DoubleVector.fromArray(S, pd, 0), pv1 = DoubleVector.fromArray(S, pd, L);
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector w04 = DoubleVector.broadcast(S, 0.04), w96 = DoubleVector.broadcast(S, 0.96);

        // Delay line: lane j's smoother value s_k is written to slot k + p_j, so at step k the values leaving
        // every lane's window sit side by side in slot k (one contiguous load, no gather). Slots a lane has
        // not written yet hold 0.0, the scalar row's "old" value while it is still filling its window.
        int slots = Integer.highestOneBit(maxP) * 2;
        int mask = slots - 1;
        double[] delay = new double[slots * G];
        double[] lanes = new double[G], res = new double[G];
        double y0 = x[first], y1 = x[first + 1];
        double sum1 = ((0.0 + y0) - 0.0 + y1) - 0.0;
        for (int j = 0; j < G; j++) {
            delay[(p[j] & mask) * G + j] = y0;
            delay[((1 + p[j]) & mask) * G + j] = y1;
        }
        DoubleVector s2a = DoubleVector.broadcast(S, y0), s2b = s2a;
        DoubleVector s1a = DoubleVector.broadcast(S, y1), s1b = s1a;
        DoubleVector suma = DoubleVector.broadcast(S, sum1), sumb = suma;
        DoubleVector msa = zero, msb = zero;
        double yPrev = y1;
        int m = n - first;
        // Straight-line vector code only: vectors merged at if/else joins defeat C2's box elimination.
        for (int k = 2; k < m; k++) {
            double y = x[first + k];
            DoubleVector yy = DoubleVector.broadcast(S, y + yPrev);
            DoubleVector sa = s2a.fma(na2v0, s1a.fma(bv0, cv0.mul(yy)));
            DoubleVector sb = s2b.fma(na2v1, s1b.fma(bv1, cv1.mul(yy)));
            int slot = (k & mask) * G;
            DoubleVector olda = DoubleVector.fromArray(S, delay, slot);
            DoubleVector oldb = DoubleVector.fromArray(S, delay, slot + L);
            DoubleVector step = DoubleVector.broadcast(S, (double) k);
            VectorMask<Double> activeA = pv0.compare(VectorOperators.LE, step);
            VectorMask<Double> activeB = pv1.compare(VectorOperators.LE, step);
            DoubleVector da = pv0.mul(sa).sub(suma).div(pv0);
            DoubleVector db = pv1.mul(sb).sub(sumb).div(pv1);
            msa = msa.blend(da.mul(da).mul(w04).add(msa.mul(w96)), activeA);
            msb = msb.blend(db.mul(db).mul(w04).add(msb.mul(w96)), activeB);
            da.div(msa.sqrt()).blend(zero, msa.compare(VectorOperators.EQ, zero)).intoArray(res, 0);
            db.div(msb.sqrt()).blend(zero, msb.compare(VectorOperators.EQ, zero)).intoArray(res, L);
            suma = suma.add(sa).sub(olda);
            sumb = sumb.add(sb).sub(oldb);
            sa.intoArray(lanes, 0);
            sb.intoArray(lanes, L);
            int i = first + k;
            for (int j = 0; j < G; j++) {
                delay[((k + p[j]) & mask) * G + j] = lanes[j];
                if (k >= p[j]) {
                    out[rowStart[j] + i] = res[j];
                }
            }
            s2a = s1a;
            s2b = s1b;
            s1a = sa;
            s1b = sb;
            yPrev = y;
        }
    }
}
