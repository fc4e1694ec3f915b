package io.sparkta.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.BatchResult;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import io.sparkta.kernels.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
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
        return Indicators.all().stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            double[][] in = ind.spec().select(CANDLES, null);
            in[0][0] = Double.NaN; // a leading NaN, a null inside
            in[0][1] = Double.NaN;
            List<Float8Vector> vectors = vectors(in, 1);
            try {
                double[] p = ind.spec().defaults();
                for (Kernel k : List.of(Kernel.SCALAR, Kernel.AUTO)) {
                    List<Float8Vector> out = ArrowIndicators.compute(ind, vectors, p, k, allocator);
                    try {
                        double[][] expected = ind.compute(in, p, Kernel.SCALAR);
                        for (int o = 0; o < expected.length; o++) {
                            assertEquals(ind.spec().outputs().get(o), out.get(o).getName());
                            assertEquals(0, out.get(o).getNullCount());
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
            List<Float8Vector> out = ArrowIndicators.compute(alma, in, alma.spec().defaults(), Kernel.AUTO, allocator);
            try {
                assertArrayEquals(alma.values(close, 9, 0.85, 6.0), values(out.get(0)));
                assertTrue(Double.isNaN(values(out.get(0))[100]));
            } finally {
                AutoCloseables.close(out);
            }
            ParamGrid grid = ParamGrid.defaults(alma.spec()).range("period", 5, 20, 5);
            BatchResult expected = alma.batch(new double[][] {close}, grid, BatchOptions.serial(Kernel.SCALAR));
            try (VectorSchemaRoot root = ArrowIndicators.sweep(alma, in, grid, new BatchOptions(Kernel.AUTO, 2),
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
            BatchResult expected = ind.batch(in, grid, BatchOptions.serial(Kernel.SCALAR));
            List<Float8Vector> vectors = vectors(in, -1);
            try (VectorSchemaRoot root = ArrowIndicators.sweep(ind, vectors, grid, new BatchOptions(Kernel.AUTO, 2),
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
                    () -> ArrowIndicators.compute(alma, in, new double[] {9, 0.85, 6}, Kernel.AUTO, allocator));
            assertTrue(e.getMessage().contains("alma") && e.getMessage().contains("period"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> ArrowIndicators.compute(Indicators.get("atr"), in, new double[] {14}, Kernel.AUTO, allocator));
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

    private static double[] values(Float8Vector v) {
        double[] out = new double[v.getValueCount()];
        for (int t = 0; t < out.length; t++) {
            out[t] = v.get(t);
        }
        return out;
    }
}
