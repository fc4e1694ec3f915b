package io.sparkta.kernels.simd;

import io.sparkta.kernels.cycle.TrendFlex;
import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * TrendFlex sweep with one period per lane, two vectors of rows per group. Lanes perform exactly the scalar
 * row's operations (see {@link TrendFlex}), so rows are bit-identical to {@link TrendFlex#row}. A lane that
 * has not yet seen {@code period} smoother values only accumulates (its "old" value is 0.0, and
 * {@code sum + (s - 0.0) == sum + s}) and writes no output.
 */
public final class TrendFlexRows extends LaneGroups {
    private static final int G = 2 * L;
    /** Steps staged per output block: BLOCK x G doubles stay in L1. */
    private static final int BLOCK = 32;

    @Override
    int groupSize() {
        return G;
    }

    @Override
    void scalarRow(double[] x, int first, int period, double[] out, int offset) {
        TrendFlex.row(x, first, period, out, offset);
    }

    @Override
    void group(double[] x, int first, int[] periods, int r0, double[] out, int offset, int stride) {
        int n = x.length;
        int[] p = new int[G], rowStart = new int[G];
        double[] na2 = new double[G], b = new double[G], c = new double[G], pd = new double[G], negInv = new double[G];
        int maxP = 0;
        for (int j = 0; j < G; j++) {
            p[j] = periods[r0 + j];
            maxP = Math.max(maxP, p[j]);
            double[] k3 = TrendFlex.coefficients(p[j]);
            na2[j] = k3[0];
            b[j] = k3[1];
            c[j] = k3[2];
            pd[j] = p[j];
            negInv[j] = -1.0 / p[j];
            rowStart[j] = offset + (r0 + j) * stride;
        }
        DoubleVector na2v0 = DoubleVector.fromArray(S, na2, 0), na2v1 = DoubleVector.fromArray(S, na2, L);
        DoubleVector bv0 = DoubleVector.fromArray(S, b, 0), bv1 = DoubleVector.fromArray(S, b, L);
        DoubleVector cv0 = DoubleVector.fromArray(S, c, 0), cv1 = DoubleVector.fromArray(S, c, L);
        DoubleVector pv0 = DoubleVector.fromArray(S, pd, 0), pv1 = DoubleVector.fromArray(S, pd, L);
        DoubleVector iv0 = DoubleVector.fromArray(S, negInv, 0), iv1 = DoubleVector.fromArray(S, negInv, L);
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector w04 = DoubleVector.broadcast(S, 0.04), w96 = DoubleVector.broadcast(S, 0.96);

        // History of smoother values, step-major: step k's vectors go to slot k & mask. The value leaving lane
        // j's window at step k sits in slot (k - p_j) & mask; a table per slot holds those indices, so each
        // step reads the leaving values with one gather per vector. Slots not yet written hold 0.0, the scalar
        // row's "old" value while a lane is still filling its window (slots > maxP, so they are not reached).
        int slots = Integer.highestOneBit(maxP) * 2;
        int mask = slots - 1;
        double[] history = new double[slots * G];
        int[] leaving = new int[slots * G];
        for (int r = 0; r < slots; r++) {
            for (int j = 0; j < G; j++) {
                leaving[r * G + j] = ((r - p[j]) & mask) * G + j;
            }
        }
        // Outputs are staged step-major for BLOCK steps, then copied out row by row.
        double[] block = new double[BLOCK * G];
        double y0 = x[first], y1 = x[first + 1];
        double sum1 = (0.0 + (y0 - 0.0)) + (y1 - 0.0);
        Arrays.fill(history, 0, G, y0);
        Arrays.fill(history, G, 2 * G, y1);
        DoubleVector s2a = DoubleVector.broadcast(S, y0), s2b = s2a;
        DoubleVector s1a = DoubleVector.broadcast(S, y1), s1b = s1a;
        DoubleVector suma = DoubleVector.broadcast(S, sum1), sumb = suma;
        DoubleVector msa = zero, msb = zero;
        double yPrev = y1;
        int m = n - first;
        int blockStart = 2;
        // Straight-line vector code only: vectors merged at if/else joins defeat C2's box elimination.
        for (int k = 2; k < m; k++) {
            double y = x[first + k];
            DoubleVector yy = DoubleVector.broadcast(S, y + yPrev);
            DoubleVector sa = s1a.fma(bv0, s2a.fma(na2v0, cv0.mul(yy)));
            DoubleVector sb = s1b.fma(bv1, s2b.fma(na2v1, cv1.mul(yy)));
            int slot = (k & mask) * G;
            DoubleVector olda = DoubleVector.fromArray(S, history, 0, leaving, slot);
            DoubleVector oldb = DoubleVector.fromArray(S, history, 0, leaving, slot + L);
            DoubleVector step = DoubleVector.broadcast(S, (double) k);
            VectorMask<Double> activeA = pv0.compare(VectorOperators.LE, step);
            VectorMask<Double> activeB = pv1.compare(VectorOperators.LE, step);
            DoubleVector da = suma.fma(iv0, sa);
            DoubleVector db = sumb.fma(iv1, sb);
            msa = msa.blend(msa.fma(w96, da.mul(da).mul(w04)), activeA);
            msb = msb.blend(msb.fma(w96, db.mul(db).mul(w04)), activeB);
            int staged = (k - blockStart) * G;
            da.div(msa.sqrt()).blend(zero, msa.compare(VectorOperators.EQ, zero)).intoArray(block, staged);
            db.div(msb.sqrt()).blend(zero, msb.compare(VectorOperators.EQ, zero)).intoArray(block, staged + L);
            suma = suma.add(sa.sub(olda));
            sumb = sumb.add(sb.sub(oldb));
            sa.intoArray(history, slot);
            sb.intoArray(history, slot + L);
            if (k - blockStart == BLOCK - 1 || k == m - 1) {
                flush(block, blockStart, k + 1, p, rowStart, first, out);
                blockStart = k + 1;
            }
            s2a = s1a;
            s2b = s1b;
            s1a = sa;
            s1b = sb;
            yPrev = y;
        }
    }

    /** Copies steps [from, to) of the staged block into each lane's row, from the lane's first output on. */
    private static void flush(double[] block, int from, int to, int[] p, int[] rowStart, int first, double[] out) {
        for (int j = 0; j < G; j++) {
            int row = rowStart[j] + first;
            for (int k = Math.max(from, p[j]); k < to; k++) {
                out[row + k] = block[(k - from) * G + j];
            }
        }
    }
}
