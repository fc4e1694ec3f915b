package io.sparkta.kernels.simd;

import io.sparkta.kernels.cycle.TrendFlex;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * TrendFlex sweep with one period per lane, two vectors of rows per group. Lanes perform exactly the scalar
 * row's operations (see {@link TrendFlex}), so rows are bit-identical to {@link TrendFlex#row}. A lane that
 * has not yet seen {@code period} smoother values only accumulates (its "old" value is 0.0, and
 * {@code (sum + s) - 0.0 == sum + s}); the value leaving each lane's window is gathered from a sliding
 * history of the smoother, {@code hist[step * G + lane]}.
 */
public final class TrendFlexRows implements TrendFlex.Rows {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int G = 2 * L;
    private static final int BLOCK = 4096;

    @Override
    public void compute(double[] x, int first, double[][] combos, int from, int to, double[] out, int cols) {
        int r = from;
        for (; r + G <= to; r += G) {
            group(x, first, combos, r, out, cols);
        }
        for (; r < to; r++) {
            TrendFlex.row(x, first, (int) combos[r][0], out, r * cols);
        }
    }

    private static void group(double[] x, int first, double[][] combos, int r0, double[] out, int cols) {
        int n = x.length;
        int[] p = new int[G], rowStart = new int[G], gatherIndex = new int[G];
        double[] na2 = new double[G], b = new double[G], c = new double[G], pd = new double[G];
        int maxP = 0, minP = Integer.MAX_VALUE;
        for (int j = 0; j < G; j++) {
            p[j] = (int) combos[r0 + j][0];
            maxP = Math.max(maxP, p[j]);
            minP = Math.min(minP, p[j]);
            double[] k3 = TrendFlex.coefficients(p[j]);
            na2[j] = k3[0];
            b[j] = k3[1];
            c[j] = k3[2];
            pd[j] = p[j];
            rowStart[j] = (r0 + j) * cols;
            gatherIndex[j] = j - p[j] * G;
        }
        DoubleVector na2v0 = DoubleVector.fromArray(S, na2, 0), na2v1 = DoubleVector.fromArray(S, na2, L);
        DoubleVector bv0 = DoubleVector.fromArray(S, b, 0), bv1 = DoubleVector.fromArray(S, b, L);
        DoubleVector cv0 = DoubleVector.fromArray(S, c, 0), cv1 = DoubleVector.fromArray(S, c, L);
        DoubleVector pv0 = DoubleVector.fromArray(S, pd, 0), pv1 = DoubleVector.fromArray(S, pd, L);
        DoubleVector zero = DoubleVector.zero(S);

        int capacity = maxP + BLOCK;
        double[] hist = new double[capacity * G];
        double[] old = new double[G], res = new double[G];
        int base = 0; // step number stored at hist[0]
        DoubleVector s1a = zero, s1b = zero, s2a = zero, s2b = zero;
        DoubleVector suma = zero, sumb = zero, msa = zero, msb = zero;
        double yPrev = 0;
        int m = n - first;
        for (int k = 0; k < m; k++) {
            double y = x[first + k];
            DoubleVector sa, sb;
            if (k < 2) {
                sa = DoubleVector.broadcast(S, y);
                sb = sa;
            } else {
                DoubleVector yy = DoubleVector.broadcast(S, y + yPrev);
                sa = s2a.fma(na2v0, s1a.fma(bv0, cv0.mul(yy)));
                sb = s2b.fma(na2v1, s1b.fma(bv1, cv1.mul(yy)));
            }
            if (k - base == capacity) {
                System.arraycopy(hist, (capacity - maxP) * G, hist, 0, maxP * G);
                base = k - maxP;
            }
            DoubleVector olda, oldb;
            if (k >= maxP) {
                int off = (k - base) * G;
                olda = DoubleVector.fromArray(S, hist, off, gatherIndex, 0);
                oldb = DoubleVector.fromArray(S, hist, off, gatherIndex, L);
            } else {
                for (int j = 0; j < G; j++) {
                    old[j] = k >= p[j] ? hist[(k - p[j] - base) * G + j] : 0.0;
                }
                olda = DoubleVector.fromArray(S, old, 0);
                oldb = DoubleVector.fromArray(S, old, L);
            }
            if (k >= minP) {
                DoubleVector da = pv0.mul(sa).sub(suma).div(pv0);
                DoubleVector db = pv1.mul(sb).sub(sumb).div(pv1);
                DoubleVector nmsa = da.mul(da).mul(0.04).add(msa.mul(0.96));
                DoubleVector nmsb = db.mul(db).mul(0.04).add(msb.mul(0.96));
                if (k >= maxP) {
                    msa = nmsa;
                    msb = nmsb;
                } else {
                    VectorMask<Double> activeA = pv0.compare(VectorOperators.LE, k);
                    VectorMask<Double> activeB = pv1.compare(VectorOperators.LE, k);
                    msa = msa.blend(nmsa, activeA);
                    msb = msb.blend(nmsb, activeB);
                }
                da.div(msa.sqrt()).blend(zero, msa.compare(VectorOperators.EQ, 0.0)).intoArray(res, 0);
                db.div(msb.sqrt()).blend(zero, msb.compare(VectorOperators.EQ, 0.0)).intoArray(res, L);
                int i = first + k;
                for (int j = 0; j < G; j++) {
                    if (k >= p[j]) {
                        out[rowStart[j] + i] = res[j];
                    }
                }
            }
            suma = suma.add(sa).sub(olda);
            sumb = sumb.add(sb).sub(oldb);
            sa.intoArray(hist, (k - base) * G);
            sb.intoArray(hist, (k - base) * G + L);
            s2a = s1a;
            s2b = s1b;
            s1a = sa;
            s1b = sb;
            yPrev = y;
        }
    }
}
