package io.sparkta.kernels.simd;

import io.sparkta.kernels.ma.Smma;
import jdk.incubator.vector.DoubleVector;

/**
 * SMMA sweep with one period per lane. The recursion is latency-bound (multiply, add, divide per step), so
 * a group of two vectors of rows runs two independent chains at once; each lane performs exactly the
 * scalar row's operations, so the rows are bit-identical to {@link Smma#row}.
 */
public final class SmmaRows extends LaneGroups {
    private static final int G = 2 * L;

    @Override
    int groupSize() {
        return G;
    }

    @Override
    void scalarRow(double[] x, int first, int period, double[] out, int offset) {
        Smma.row(x, first, period, x.length, out, offset);
    }

    @Override
    void group(double[] x, int first, int[] periods, int r0, double[] out, int offset, int stride) {
        int n = x.length;
        double[] state = new double[G], pd = new double[G], pm1 = new double[G], lanes = new double[G];
        int[] rowStart = new int[G];
        int start = 0;
        for (int j = 0; j < G; j++) {
            start = Math.max(start, first + periods[r0 + j]);
        }
        for (int j = 0; j < G; j++) {
            int p = periods[r0 + j];
            rowStart[j] = offset + (r0 + j) * stride;
            pd[j] = p;
            pm1[j] = p - 1;
            // Each lane runs scalar until the slowest lane has its seed; from there all lanes advance together.
            state[j] = Smma.row(x, first, p, start, out, rowStart[j]);
        }
        DoubleVector s0 = DoubleVector.fromArray(S, state, 0), s1 = DoubleVector.fromArray(S, state, L);
        DoubleVector p0 = DoubleVector.fromArray(S, pd, 0), p1 = DoubleVector.fromArray(S, pd, L);
        DoubleVector m0 = DoubleVector.fromArray(S, pm1, 0), m1 = DoubleVector.fromArray(S, pm1, L);
        for (int t = start; t < n; t++) {
            DoubleVector v = DoubleVector.broadcast(S, x[t]);
            s0 = s0.mul(m0).add(v).div(p0);
            s1 = s1.mul(m1).add(v).div(p1);
            s0.intoArray(lanes, 0);
            s1.intoArray(lanes, L);
            for (int j = 0; j < G; j++) {
                out[rowStart[j] + t] = lanes[j];
            }
        }
    }
}
