package io.sparkta.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.BatchResult;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Indicators on Arrow vectors equal the array API bit for bit, in place or through the copy, with nulls read
 * as NaN; every buffer is released (the allocator fails its close on a leak).
 */
class ArrowIndicatorsTest {
    private static final Candles CANDLES = Candles.randomWalk(3_000, 5);
    private BufferAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        assertEquals(0, allocator.getAllocatedMemory(), "Arrow memory still allocated after the test");
        allocator.close();
    }

    @TestFactory
    Stream<DynamicTest> everyIndicatorEqualsTheArrayApi() {
        return Indicators.all().stream().filter(ind -> ind.spec().readsCandles()) // rsmk: RsmkTest
                .map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            double[][] in = ind.spec().select(CANDLES, null);
            in[0][0] = Double.NaN; // a leading NaN, a null inside
            in[0][1] = Double.NaN;
            List<Float8Vector> vectors = vectors(in, 1);
            try {
                double[] p = ind.spec().defaults();
                for (Vectorization k : List.of(Vectorization.SCALAR, Vectorization.AUTO)) {
                    List<FieldVector> out = ArrowIndicators.compute(ind, vectors, p, k, allocator);
                    try {
                        double[][] expected = ind.compute(in, p, Vectorization.SCALAR);
                        for (int o = 0; o < expected.length; o++) {
                            OutputType type = ind.spec().outputTypes().get(o);
                            assertEquals(ind.spec().outputs().get(o), out.get(o).getName());
                            assertEquals(type == OutputType.REAL ? Float8Vector.class
                                    : type == OutputType.INT ? IntVector.class : BitVector.class, out.get(o).getClass());
                            long missing = Arrays.stream(expected[o]).filter(Double::isNaN).count();
                            assertEquals(type == OutputType.REAL ? 0 : missing, out.get(o).getNullCount());
                            assertArrayEquals(expected[o], values(out.get(o)), ind.id() + " " + k + " output " + o);
                        }
                    } finally {
                        AutoCloseables.close(out);
                    }
                }
            } finally {
                AutoCloseables.close(vectors);
            }
        }));
    }

    @Test
    void nullSlotsReadAsNaNWhateverTheDataUnderThem() throws Exception {
        Indicator alma = Indicators.get("alma");
        double[] close = CANDLES.close().clone();
        List<Float8Vector> in = vectors(new double[][] {close}, -1);
        try {
            in.get(0).setNull(100); // the data under the null slot keeps its old value
            assertFalse(Double.isNaN(in.get(0).getDataBuffer().getDouble(100 * 8L)));
            close[100] = Double.NaN;
            List<FieldVector> out = ArrowIndicators.compute(alma, in, alma.spec().defaults(), Vectorization.AUTO,
                    allocator);
            try {
                assertArrayEquals(alma.values(close, 9, 0.85, 6.0), values(out.get(0)));
                assertTrue(Double.isNaN(values(out.get(0))[100]));
            } finally {
                AutoCloseables.close(out);
            }
            ParamGrid grid = ParamGrid.defaults(alma.spec()).range("period", 5, 20, 5);
            BatchResult expected = alma.batch(new double[][] {close}, grid, BatchOptions.serial(Vectorization.SCALAR));
            try (VectorSchemaRoot root = ArrowIndicators.sweep(alma, in, grid, new BatchOptions(Vectorization.AUTO, 2),
                    allocator)) { // the batch path reads the NaN-filled copy too
                ListVector list = (ListVector) root.getVector("values");
                Float8Vector data = (Float8Vector) list.getDataVector();
                for (int r = 0; r < expected.rows(); r++) {
                    double[] row = new double[close.length];
                    for (int t = 0; t < row.length; t++) {
                        row[t] = data.get(list.getElementStartIndex(r) + t);
                    }
                    assertArrayEquals(expected.row(0, r), row, "sweep row " + r);
                }
            }
        } finally {
            AutoCloseables.close(in);
        }
    }

    @Test
    void sweepRowsAreTheBatchRowsWithTheirParameters() throws Exception {
        for (String id : List.of("alma", "smma", "bollinger_bands")) {
            Indicator ind = Indicators.get(id);
            double[][] in = ind.spec().select(CANDLES, Source.HLC3);
            ParamSpec first = ind.spec().params().get(0);
            ParamGrid grid = ParamGrid.defaults(ind.spec()).range(first.name(), 5, 30, 5);
            if (ind.spec().params().size() > 1 && ind.spec().params().get(1).type() == ParamType.REAL) {
                ParamSpec second = ind.spec().params().get(1);
                grid = grid.values(second.name(), second.defaultValue(), (second.defaultValue() + second.max()) / 2);
            }
            BatchResult expected = ind.batch(in, grid, BatchOptions.serial(Vectorization.SCALAR));
            List<Float8Vector> vectors = vectors(in, -1);
            try (VectorSchemaRoot root = ArrowIndicators.sweep(ind, vectors, grid,
                    new BatchOptions(Vectorization.AUTO, 2),
                    allocator)) {
                assertEquals(expected.rows(), root.getRowCount(), id);
                IntVector period = (IntVector) root.getVector(first.name());
                for (int r = 0; r < expected.rows(); r++) {
                    assertEquals((int) expected.combos()[r][0], period.get(r), id + " row " + r);
                    for (int o = 0; o < ind.spec().outputs().size(); o++) {
                        ListVector list = (ListVector) root.getVector(ind.spec().outputs().get(o));
                        Float8Vector data = (Float8Vector) list.getDataVector();
                        double[] row = new double[CANDLES.size()];
                        int start = list.getElementStartIndex(r);
                        assertEquals(row.length, list.getElementEndIndex(r) - start);
                        for (int t = 0; t < row.length; t++) {
                            row[t] = data.get(start + t);
                        }
                        assertArrayEquals(expected.row(o, r), row, id + " row " + r + " output " + o);
                    }
                }
            } finally {
                AutoCloseables.close(vectors);
            }
        }
    }

    @Test
    void errorsNameTheIndicatorAndReleaseTheOutputs() throws Exception {
        Indicator alma = Indicators.get("alma");
        List<Float8Vector> in = vectors(new double[][] {{1, 2, 3}}, -1);
        try {
            IndicatorException e = assertThrows(IndicatorException.class,
                    () -> ArrowIndicators.compute(alma, in, new double[] {9, 0.85, 6}, Vectorization.AUTO, allocator));
            assertTrue(e.getMessage().contains("alma") && e.getMessage().contains("period"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> ArrowIndicators.compute(Indicators.get("atr"), in, new double[] {14}, Vectorization.AUTO,
                            allocator));
        } finally {
            AutoCloseables.close(in);
        }
    }

    /** Vectors holding the arrays; NaN at {@code nullAt} becomes a null slot (with data 0 under it). */
    private List<Float8Vector> vectors(double[][] arrays, int nullAt) {
        List<Float8Vector> out = new ArrayList<>();
        for (int i = 0; i < arrays.length; i++) {
            Float8Vector v = new Float8Vector("in" + i, allocator);
            v.allocateNew(arrays[i].length);
            for (int t = 0; t < arrays[i].length; t++) {
                if (t == nullAt) {
                    v.setNull(t);
                } else {
                    v.set(t, arrays[i][t]);
                }
            }
            v.setValueCount(arrays[i].length);
            out.add(v);
        }
        return out;
    }

    /** A vector's values as doubles: Float8 as they are, Int32 and Bit as numbers, null as NaN. */
    private static double[] values(FieldVector v) {
        double[] out = new double[v.getValueCount()];
        for (int t = 0; t < out.length; t++) {
            out[t] = v instanceof Float8Vector f ? f.get(t) : v.isNull(t) ? Double.NaN
                    : v instanceof IntVector i ? i.get(t) : ((BitVector) v).get(t);
        }
        return out;
    }

    /** The values of list row r of a sweep column, as doubles (see {@link #values(FieldVector)}). */
    private static double[] row(ListVector list, int r) {
        FieldVector data = (FieldVector) list.getDataVector();
        int start = list.getElementStartIndex(r), end = list.getElementEndIndex(r);
        double[] all = values(data);
        return Arrays.copyOfRange(all, start, end);
    }

    /** A test-only indicator with an integer output: the sign of x[t] - x[t - 1], from bar 1 on. */
    private static final Indicator DIRECTION = new StepIndicator(IndicatorSpec.builder("test_direction",
            "Test direction", Category.OTHER).source("close")
            .params(ParamSpec.integer("scale", 1, 1, 100, "multiplies the sign"))
            .output("values", OutputType.INT, Warmup.bars(1)).build()) {
        @Override
        protected Step start(double[] p) {
            double[] previous = {Double.NaN};
            return (bar, out) -> {
                out[0] = p[0] * Math.signum(bar[0] - previous[0]);
                previous[0] = bar[0];
            };
        }
    };

    /**
     * Integer outputs are Int32 and boolean outputs Bit vectors, null where the kernel has no value, in single
     * calls (new vectors, or caller-owned typed or Float8 ones) and in sweeps (list columns of those types).
     */
    @Test
    void integerAndBooleanOutputsAreInt32AndBitWithNulls() throws Exception {
        Candles c = Candles.randomWalk(2_000, 11); // the other tests put NaN into CANDLES' close
        Indicator ttm = Indicators.get("ttm_trend");
        double[][] in = ttm.spec().select(c, null);
        List<Float8Vector> vectors = vectors(in, -1);
        List<Float8Vector> close = vectors(new double[][] {c.close()}, -1);
        try {
            List<FieldVector> out = ArrowIndicators.compute(ttm, vectors, new double[] {7}, Vectorization.AUTO,
                    allocator);
            try {
                BitVector bits = (BitVector) out.get(0);
                assertEquals(new ArrowType.Bool(), bits.getField().getType());
                assertEquals(6, bits.getNullCount(), "the warm-up is null, not false");
                assertArrayEquals(ttm.compute(in, new double[] {7}, Vectorization.SCALAR)[0], values(bits));
            } finally {
                AutoCloseables.close(out);
            }
            double[] want = DIRECTION.compute(new double[][] {c.close()}, new double[] {3}, Vectorization.SCALAR)[0];
            List<FieldVector> ints = ArrowIndicators.compute(DIRECTION, close, new double[] {3}, Vectorization.AUTO,
                    allocator);
            try (IntVector given = new IntVector("mine", allocator); Float8Vector raw = new Float8Vector("raw", allocator)) {
                IntVector v = (IntVector) ints.get(0);
                assertEquals(new ArrowType.Int(32, true), v.getField().getType());
                assertTrue(v.isNull(0) && Math.abs(v.get(1)) == 3, v.getObject(1) + "");
                assertArrayEquals(want, values(v));
                ArrowIndicators.computeInto(DIRECTION, close, new double[] {3}, Vectorization.AUTO, List.of(given));
                assertArrayEquals(want, values(given));
                ArrowIndicators.computeInto(DIRECTION, close, new double[] {3}, Vectorization.AUTO, List.of(raw));
                assertArrayEquals(want, values(raw), "a Float8Vector takes the kernel's doubles");
                assertThrows(IllegalArgumentException.class, () -> ArrowIndicators.computeInto(ttm, vectors,
                        new double[] {7}, Vectorization.AUTO, List.of(given)));
            } finally {
                AutoCloseables.close(ints);
            }

            ParamGrid grid = ParamGrid.parse(ttm.spec(), "period=3:12:3");
            BatchResult expected = ttm.batch(in, grid, BatchOptions.serial(Vectorization.SCALAR));
            try (VectorSchemaRoot root = ArrowIndicators.sweep(ttm, vectors, grid,
                    new BatchOptions(Vectorization.AUTO, 2),
                    allocator)) {
                ListVector list = (ListVector) root.getVector("values");
                assertTrue(list.getDataVector() instanceof BitVector, list.getField().toString());
                for (int r = 0; r < expected.rows(); r++) {
                    assertArrayEquals(expected.row(0, r), row(list, r), "sweep row " + r);
                }
            }
            ParamGrid scales = ParamGrid.parse(DIRECTION.spec(), "scale=1;100");
            try (VectorSchemaRoot root = ArrowIndicators.sweep(DIRECTION, close, scales,
                    BatchOptions.serial(Vectorization.AUTO),
                    allocator)) {
                ListVector list = (ListVector) root.getVector("values");
                assertTrue(list.getDataVector() instanceof IntVector, list.getField().toString());
                assertArrayEquals(DIRECTION.compute(new double[][] {c.close()}, new double[] {100},
                        Vectorization.SCALAR)[0],
                        row(list, 1));
            }
        } finally {
            AutoCloseables.close(vectors);
            AutoCloseables.close(close);
        }
    }
}
