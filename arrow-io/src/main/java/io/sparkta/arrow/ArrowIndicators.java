package io.sparkta.arrow;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import io.sparkta.kernels.Vectorization;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Indicators and sweeps over Arrow {@link Float8Vector}s, read and written in place.
 *
 * <p>The kernels see the vectors' off-heap data buffers directly (little-endian doubles, Arrow's layout).
 * Indicators with an in-place kernel ({@link Indicator#computesInPlace(double[])}: those written over
 * {@code DoubleMemory}, which the docs table marks; all of them today) copy nothing; an indicator without one
 * would copy each input once to an array and each output once back.
 * An input with null slots is copied once, off the heap, with NaN in the null slots: Arrow leaves the data
 * under a null unspecified, while the kernels read NaN as "no value". Real outputs ({@link OutputType#REAL}) are
 * {@code Float8} vectors with every slot valid, holding NaN where the indicator has no value (the warm-up), as
 * the other APIs do. Integer outputs are {@code Int32} ({@link IntVector}) and boolean ones {@code Bit}
 * ({@link BitVector}), null where the indicator has no value: the kernel writes doubles into scratch memory, and
 * one pass converts them.
 */
public final class ArrowIndicators {
    private static final ArrowType FLOAT8 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    private ArrowIndicators() {
    }

    /**
     * Computes one parameter set into new vectors, one per output and named after it, of the output's type
     * ({@link Float8Vector}, {@link IntVector} or {@link BitVector}); the caller closes them.
     */
    public static List<FieldVector> compute(Indicator indicator, List<Float8Vector> inputs, double[] params,
                                            Vectorization vectorization, BufferAllocator allocator) {
        List<FieldVector> outputs = new ArrayList<>();
        try {
            List<String> names = indicator.spec().outputs();
            for (int o = 0; o < names.size(); o++) {
                outputs.add(vector(names.get(o), indicator.spec().outputTypes().get(o), allocator));
            }
            computeInto(indicator, inputs, params, vectorization, outputs);
            return outputs;
        } catch (RuntimeException e) {
            AutoCloseables.closeNoChecked(AutoCloseables.all(outputs));
            throw e;
        }
    }

    /** A new, empty vector for values of the type. */
    public static FieldVector vector(String name, OutputType type, BufferAllocator allocator) {
        return switch (type) {
            case REAL -> new Float8Vector(name, allocator);
            case INT -> new IntVector(name, allocator);
            case BOOL -> new BitVector(name, allocator);
        };
    }

    /**
     * Computes into caller-owned vectors, which are (re)allocated to the inputs' length: a {@link Float8Vector}
     * for any output takes the kernel's doubles in place (NaN where there is no value, also for integer and
     * boolean outputs); an {@link IntVector} for an integer output or a {@link BitVector} for a boolean one takes
     * the typed values, null where there is no value.
     */
    public static void computeInto(Indicator indicator, List<Float8Vector> inputs, double[] params,
                                   Vectorization vectorization,
                                   List<? extends FieldVector> outputs) {
        int n = length(indicator, inputs);
        List<OutputType> types = indicator.spec().outputTypes();
        if (outputs.size() != types.size()) {
            throw new IllegalArgumentException(indicator.id() + ": expected " + types.size() + " output vectors "
                    + indicator.spec().outputs() + ", got " + outputs.size());
        }
        ByteBuffer[] out = new ByteBuffer[outputs.size()];
        List<ArrowBuf> scratch = new ArrayList<>();
        try {
            for (int o = 0; o < out.length; o++) {
                FieldVector v = outputs.get(o);
                if (v instanceof Float8Vector f) {
                    out[o] = allValid(f, n);
                } else {
                    requireType(indicator, o, v);
                    ArrowBuf buf = v.getAllocator().buffer(Math.max(1L, (long) n * Double.BYTES));
                    scratch.add(buf);
                    out[o] = buf.nioBuffer(0, n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                }
            }
            try (InputData data = new InputData(inputs, n)) {
                indicator.computeInto(data.buffers, n, params, vectorization, out);
            }
            for (int o = 0; o < out.length; o++) {
                if (!(outputs.get(o) instanceof Float8Vector)) {
                    fill(outputs.get(o), out[o], 0, n);
                }
            }
        } finally {
            AutoCloseables.closeNoChecked(AutoCloseables.all(scratch));
        }
    }

    private static void requireType(Indicator indicator, int o, FieldVector v) {
        OutputType t = indicator.spec().outputTypes().get(o);
        boolean ok = t == OutputType.INT && v instanceof IntVector || t == OutputType.BOOL && v instanceof BitVector;
        if (!ok) {
            throw new IllegalArgumentException(indicator.id() + ": output '" + indicator.spec().outputs().get(o)
                    + "' holds " + t + " values: give a Float8Vector" + (t == OutputType.REAL ? ""
                    : " or " + (t == OutputType.INT ? "an IntVector" : "a BitVector")) + ", got "
                    + v.getClass().getSimpleName());
        }
    }

    /**
     * Sizes an IntVector or BitVector to {@code count} slots and writes the doubles {@code from..from+count-1}
     * of {@code doubles} into them (whole numbers, 0/1), NaN as null, starting at the vector's slot 0.
     */
    private static void fill(FieldVector v, ByteBuffer doubles, int from, int count) {
        if (v instanceof IntVector iv) {
            iv.allocateNew(count);
            for (int t = 0; t < count; t++) {
                double x = doubles.getDouble((from + t) * Double.BYTES);
                if (Double.isNaN(x)) {
                    iv.setNull(t);
                } else {
                    iv.set(t, (int) x);
                }
            }
            iv.setValueCount(count);
        } else {
            BitVector bv = (BitVector) v;
            bv.allocateNew(count);
            for (int t = 0; t < count; t++) {
                double x = doubles.getDouble((from + t) * Double.BYTES);
                if (Double.isNaN(x)) {
                    bv.setNull(t);
                } else {
                    bv.set(t, x != 0 ? 1 : 0);
                }
            }
            bv.setValueCount(count);
        }
    }

    /**
     * A sweep: one row per combo of the grid, with the parameter values as columns (int, double, or the
     * choice's name) and one list column per output: {@code list<double>}, whose child data buffer the batch
     * kernel writes straight into (it holds exactly the row-major combos x points matrix), or
     * {@code list<int32>} / {@code list<bool>} for integer and boolean outputs, nulls where there is no value
     * (converted from the kernel's matrix in one pass). The caller closes the root.
     */
    public static VectorSchemaRoot sweep(Indicator indicator, List<Float8Vector> inputs, ParamGrid grid,
                                         BatchOptions options, BufferAllocator allocator) {
        int n = length(indicator, inputs);
        double[][] combos = grid.combos();
        List<FieldVector> columns = new ArrayList<>();
        List<ArrowBuf> scratch = new ArrayList<>();
        try {
            List<ParamSpec> params = indicator.spec().params();
            for (int p = 0; p < params.size(); p++) {
                columns.add(paramColumn(params.get(p), p, combos, allocator));
            }
            List<OutputType> types = indicator.spec().outputTypes();
            ByteBuffer[] matrices = new ByteBuffer[types.size()];
            ListVector[] lists = new ListVector[types.size()];
            for (int o = 0; o < matrices.length; o++) {
                lists[o] = ListVector.empty(indicator.spec().outputs().get(o), allocator);
                columns.add(lists[o]);
                long cells = cells(combos.length, n);
                if (types.get(o) == OutputType.REAL) {
                    matrices[o] = rows(lists[o], combos.length, n);
                } else {
                    ArrowBuf buf = allocator.buffer(Math.max(1L, cells * Double.BYTES));
                    scratch.add(buf);
                    matrices[o] = buf.nioBuffer(0, (int) cells * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                }
            }
            try (InputData data = new InputData(inputs, n)) {
                indicator.batchInto(data.buffers, n, combos, options, matrices);
            }
            for (int o = 0; o < matrices.length; o++) {
                if (types.get(o) != OutputType.REAL) {
                    typedRows(lists[o], types.get(o), matrices[o], combos.length, n);
                }
            }
            return new VectorSchemaRoot(columns);
        } catch (RuntimeException e) {
            AutoCloseables.closeNoChecked(AutoCloseables.all(columns));
            throw e;
        } finally {
            AutoCloseables.closeNoChecked(AutoCloseables.all(scratch));
        }
    }

    private static long cells(int rows, int n) {
        long cells = (long) rows * n;
        if (cells > Integer.MAX_VALUE / Double.BYTES) {
            throw new IllegalArgumentException("sweep of " + rows + " combos x " + n
                    + " points exceeds one Arrow buffer; split the grid");
        }
        return cells;
    }

    /** Lays out {@code rows} lists of {@code n} typed values, converted from the row-major double matrix. */
    private static void typedRows(ListVector list, OutputType type, ByteBuffer matrix, int rows, int n) {
        ArrowType element = type == OutputType.INT ? new ArrowType.Int(32, true) : ArrowType.Bool.INSTANCE;
        list.addOrGetVector(FieldType.nullable(element));
        list.setInitialCapacity(rows, n);
        list.allocateNew();
        for (int r = 0; r < rows; r++) {
            list.startNewValue(r);
            list.endValue(r, n);
        }
        list.setValueCount(rows);
        fill(list.getDataVector(), matrix, 0, (int) cells(rows, n));
    }

    private static FieldVector paramColumn(ParamSpec spec, int p, double[][] combos, BufferAllocator allocator) {
        int rows = combos.length;
        if (spec.type() == ParamType.INT) {
            IntVector v = new IntVector(spec.name(), allocator);
            v.allocateNew(rows);
            for (int r = 0; r < rows; r++) {
                v.set(r, (int) combos[r][p]);
            }
            v.setValueCount(rows);
            return v;
        }
        if (spec.type() == ParamType.REAL) {
            Float8Vector v = new Float8Vector(spec.name(), allocator);
            v.allocateNew(rows);
            for (int r = 0; r < rows; r++) {
                v.set(r, combos[r][p]);
            }
            v.setValueCount(rows);
            return v;
        }
        VarCharVector v = new VarCharVector(spec.name(), allocator);
        v.allocateNew(rows);
        for (int r = 0; r < rows; r++) {
            v.setSafe(r, spec.format(combos[r][p]).getBytes(StandardCharsets.UTF_8));
        }
        v.setValueCount(rows);
        return v;
    }

    /** Lays out {@code rows} lists of {@code n} doubles and returns the child's data buffer to fill. */
    private static ByteBuffer rows(ListVector list, int rows, int n) {
        long cells = cells(rows, n);
        list.addOrGetVector(FieldType.notNullable(FLOAT8));
        list.setInitialCapacity(rows, n);
        list.allocateNew();
        for (int r = 0; r < rows; r++) {
            list.startNewValue(r);
            list.endValue(r, n);
        }
        list.setValueCount(rows);
        return allValid((Float8Vector) list.getDataVector(), (int) cells);
    }

    /** Sizes the vector to {@code n} slots, all valid, and returns its data buffer. */
    private static ByteBuffer allValid(Float8Vector v, int n) {
        if (v.getValueCapacity() < n) {
            v.allocateNew(n);
        }
        v.getValidityBuffer().setOne(0, (n + 7) / 8);
        v.setValueCount(n);
        return v.getDataBuffer().nioBuffer(0, n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The inputs' data buffers, in place; an input with null slots is copied once, into off-heap memory of its
     * own allocator with NaN in those slots, so that the kernels still read it in place. Closing frees the
     * copies.
     */
    private static final class InputData implements AutoCloseable {
        final ByteBuffer[] buffers;
        private final List<ArrowBuf> copies = new ArrayList<>();

        InputData(List<Float8Vector> inputs, int n) {
            buffers = new ByteBuffer[inputs.size()];
            try {
                for (int i = 0; i < buffers.length; i++) {
                    Float8Vector v = inputs.get(i);
                    ArrowBuf data = v.getDataBuffer();
                    if (v.getNullCount() > 0) {
                        ArrowBuf copy = v.getAllocator().buffer((long) n * Double.BYTES);
                        copies.add(copy);
                        copy.setBytes(0, data, 0, (long) n * Double.BYTES);
                        for (int t = 0; t < n; t++) {
                            if (v.isNull(t)) {
                                copy.setDouble((long) t * Double.BYTES, Double.NaN);
                            }
                        }
                        data = copy;
                    }
                    buffers[i] = data.nioBuffer(0, n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            AutoCloseables.closeNoChecked(AutoCloseables.all(copies));
        }
    }

    private static int length(Indicator indicator, List<Float8Vector> inputs) {
        List<String> names = indicator.spec().inputs();
        if (inputs.size() != names.size()) {
            throw new IllegalArgumentException(indicator.id() + ": expected " + names.size() + " input vectors "
                    + names + ", got " + inputs.size());
        }
        int n = inputs.get(0).getValueCount();
        for (int i = 1; i < inputs.size(); i++) {
            if (inputs.get(i).getValueCount() != n) {
                throw IndicatorException.lengthMismatch(indicator.id(), "input '" + names.get(i) + "'", n,
                        inputs.get(i).getValueCount());
            }
        }
        return n;
    }
}
