package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every registered indicator, on seeded random series over a ladder of lengths, with NaN prefixes,
 * constant runs and NaNs inside the series:
 * <ul>
 *   <li>SIMD equals scalar, bit for bit (every SIMD kernel performs the scalar operations per lane, in the
 *       same order: the tolerance is 0 ULP);</li>
 *   <li>every batch row equals the single call, serial and parallel;</li>
 *   <li>the stream equals the single call;</li>
 *   <li>k leading NaNs only shift the output by k;</li>
 *   <li>the off-heap forms (direct little-endian buffers, in place or through one copy) equal the arrays.</li>
 * </ul>
 * Comparisons are exact ({@code assertArrayEquals} on doubles compares bits, NaN equal to NaN).
 */
class PropertyTest {
    private static final long SEED = Long.getLong("sparkta.test.seed", 20261121L);

    @TestFactory
    Stream<DynamicTest> properties() {
        return Indicators.all().stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> check(ind)));
    }

    private static void check(Indicator ind) {
        SplittableRandom rnd = new SplittableRandom(SEED ^ ind.id().hashCode());
        int checked = 0;
        for (int n : RandomSeries.LENGTHS) {
            for (int prefix : new int[] {0, 3}) {
                double[][] in = RandomSeries.inputsFor(ind.spec(), n, prefix, rnd);
                double[] p = RandomSeries.validParams(ind, in, n - prefix, rnd);
                if (p == null) {
                    continue;
                }
                String where = ind.id() + " n=" + n + " prefix=" + prefix + " params=" + Arrays.toString(p);
                double[][] scalar = ind.compute(in, p, Vectorization.SCALAR);
                simdEqualsScalar(ind, in, p, scalar, where);
                offHeapEqualsArrays(ind, in, p, scalar, where);
                streamEqualsSingle(ind, in, p, scalar, where);
                leadingNaNsShift(ind, in, p, scalar, where);
                checked++;
            }
            batchRowsEqualSingle(ind, n, rnd);
        }
        withInnerNaNs(ind, rnd);
        // without parameters only the series lengths vary: a long warm-up (acosc: 39 bars) leaves fewer of them
        int needed = ind.spec().params().isEmpty() ? 10 : 21;
        assertTrue(checked >= needed, ind.id() + ": too few parameter sets were valid (" + checked + ")");
    }

    private static void simdEqualsScalar(Indicator ind, double[][] in, double[] p, double[][] scalar, String where) {
        for (Vectorization k : TestVectorizations.all()) {
            double[][] out = ind.compute(in, p, k);
            for (int o = 0; o < out.length; o++) {
                assertArrayEquals(scalar[o], out[o], where + " kernel " + k + " output " + o);
            }
        }
    }

    private static void offHeapEqualsArrays(Indicator ind, double[][] in, double[] p, double[][] scalar,
                                            String where) {
        int n = in[0].length;
        for (Vectorization k : TestVectorizations.all()) {
            ByteBuffer[] out = OffHeap.allocate(scalar.length, n);
            ind.computeInto(OffHeap.of(in), n, p, k, out);
            for (int o = 0; o < out.length; o++) {
                assertArrayEquals(scalar[o], OffHeap.read(out[o], 0, n), where + " off-heap kernel " + k + " output " + o);
            }
        }
    }

    private static void streamEqualsSingle(Indicator ind, double[][] in, double[] p, double[][] single, String where) {
        IndicatorStream s = ind.stream(p);
        int n = in[0].length, lag = ind.spec().lookahead(p);
        double[] bar = new double[in.length], out = new double[single.length];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < in.length; j++) {
                bar[j] = in[j][t];
            }
            s.update(bar, out);
            for (int o = 0; o < out.length; o++) {
                double want = t < lag ? Double.NaN : single[o][t - lag]; // a lookahead decides bar t - lag now
                assertEquals(want, out[o], 0.0, where + " stream output " + o + " at " + t);
            }
        }
    }

    private static void leadingNaNsShift(Indicator ind, double[][] in, double[] p, double[][] single, String where) {
        int k = 5;
        int n = in[0].length;
        double[][] shifted = new double[in.length][n + k];
        for (int j = 0; j < in.length; j++) {
            Arrays.fill(shifted[j], 0, k, Double.NaN);
            System.arraycopy(in[j], 0, shifted[j], k, n);
        }
        for (Vectorization vectorization : TestVectorizations.all()) {
            double[][] out = ind.compute(shifted, p, vectorization);
            for (int o = 0; o < out.length; o++) {
                for (int t = 0; t < k; t++) {
                    assertTrue(Double.isNaN(out[o][t]), where + " shifted prefix " + t);
                }
                assertArrayEquals(single[o], Arrays.copyOfRange(out[o], k, n + k), where + " shifted by " + k);
            }
        }
    }

    /** A sweep over the first parameter (as many rows as fit, up to 37 so lane groups have leftovers). */
    private static void batchRowsEqualSingle(Indicator ind, int n, SplittableRandom rnd) {
        int prefix = rnd.nextInt(3);
        double[][] in = RandomSeries.inputsFor(ind.spec(), n, prefix, rnd);
        double[] base = RandomSeries.validParams(ind, in, n - prefix, rnd);
        if (base == null) {
            return;
        }
        ParamGrid grid = ConformanceTest.gridOf(ind.spec(), base);
        if (ind.spec().params().isEmpty()) {
            checkBatch(ind, in, grid, n);
            return;
        }
        ParamSpec first = ind.spec().params().get(0);
        int lo = (int) first.min();
        int hi = Math.min(n - prefix - 1, lo + 36);
        double[] periods = java.util.stream.IntStream.iterate(hi, v -> v >= lo, v -> v - 1) // descending: mixed lanes
                .filter(v -> RandomSeries.accepts(ind, in, withFirst(base, v))).asDoubleStream().toArray();
        if (periods.length < 2) {
            return;
        }
        checkBatch(ind, in, grid.values(first.name(), periods), n);
    }

    private static void checkBatch(Indicator ind, double[][] in, ParamGrid grid, int n) {
        double[][] combos = grid.combos();
        int offset = 3, stride = n + 5; // a header before each row, as the Spark sweep lays them out
        for (Vectorization k : TestVectorizations.all()) {
            for (BatchOptions opts : new BatchOptions[] {BatchOptions.serial(k), new BatchOptions(k, 2)}) {
                BatchResult r = ind.batch(in, grid, opts);
                double[][] strided = new double[ind.spec().outputs().size()][offset + combos.length * stride];
                ind.batchInto(in, combos, opts, strided, offset, stride);
                ByteBuffer[] offHeap = OffHeap.allocate(strided.length, combos.length * n);
                ind.batchInto(OffHeap.of(in), n, combos, opts, offHeap);
                for (int row = 0; row < r.rows(); row++) {
                    double[][] single = ind.compute(in, r.combos()[row], Vectorization.SCALAR);
                    for (int o = 0; o < single.length; o++) {
                        String where = ind.id() + " n=" + n + " " + opts + " row " + row + " combo "
                                + Arrays.toString(r.combos()[row]);
                        assertArrayEquals(single[o], r.row(o, row), where);
                        int at = offset + row * stride;
                        assertArrayEquals(single[o], Arrays.copyOfRange(strided[o], at, at + n), where + " strided");
                        assertArrayEquals(single[o], OffHeap.read(offHeap[o], row * n, n), where + " off-heap");
                    }
                }
            }
        }
    }

    private static double[] withFirst(double[] p, double value) {
        double[] q = p.clone();
        q[0] = value;
        return q;
    }

    /** NaNs inside the series: every API must still agree with the scalar single call. */
    private static void withInnerNaNs(Indicator ind, SplittableRandom rnd) {
        int n = 600;
        double[][] in = RandomSeries.inputsFor(ind.spec(), n, 2, rnd);
        for (int hole : new int[] {150, 151, 400}) {
            in[in.length - 1][hole] = Double.NaN;
        }
        double[] p = RandomSeries.validParams(ind, in, 100, rnd);
        String where = ind.id() + " inner NaNs params=" + Arrays.toString(p);
        double[][] scalar = ind.compute(in, p, Vectorization.SCALAR);
        simdEqualsScalar(ind, in, p, scalar, where);
        offHeapEqualsArrays(ind, in, p, scalar, where);
        streamEqualsSingle(ind, in, p, scalar, where);
        BatchResult r = ind.batch(in, ConformanceTest.gridOf(ind.spec(), p), BatchOptions.serial(Vectorization.AUTO));
        for (int o = 0; o < scalar.length; o++) {
            assertArrayEquals(scalar[o], r.row(o, 0), where + " batch");
        }
    }
}
