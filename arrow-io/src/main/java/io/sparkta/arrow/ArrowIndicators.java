package io.sparkta.arrow;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.util.AutoCloseables;
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
 * Indicators with an in-place kernel ({@link Indicator#hasInPlaceKernel(double[])}: those written over
 * {@code DoubleMemory}, which the docs table marks; all of them today) copy nothing; an indicator without one
 * would copy each input once to an array and each output once back.
 * An input with null slots is copied once, off the heap, with NaN in the null slots: Arrow leaves the data
 * under a null unspecified, while the kernels read NaN as "no value". Outputs have every slot valid and hold NaN
 * where the indicator has no value (the warm-up), as the other APIs do.
 */
public final class ArrowIndicators {
    private static final ArrowType FLOAT8 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    private ArrowIndicators() {
    }

    /** Computes one parameter set into new vectors, one per output and named after it; the caller closes them. */
    public static List<Float8Vector> compute(Indicator indicator, List<Float8Vector> inputs, double[] params,
                                             Kernel kernel, BufferAllocator allocator) {
        List<Float8Vector> outputs = new ArrayList<>();
        try {
            for (String name : indicator.spec().outputs()) {
                outputs.add(new Float8Vector(name, allocator));
            }
            computeInto(indicator, inputs, params, kernel, outputs);
            return outputs;
        } catch (RuntimeException e) {
            AutoCloseables.closeNoChecked(AutoCloseables.all(outputs));
            throw e;
        }
    }

    /** Computes into caller-owned vectors, which are (re)allocated to the inputs' length. */
    public static void computeInto(Indicator indicator, List<Float8Vector> inputs, double[] params, Kernel kernel,
                                   List<Float8Vector> outputs) {
        int n = length(indicator, inputs);
        ByteBuffer[] out = new ByteBuffer[outputs.size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = allValid(outputs.get(o), n);
        }
        try (InputData data = new InputData(inputs, n)) {
            indicator.computeInto(data.buffers, n, params, kernel, out);
        }
    }

    /**
     * A sweep: one row per combo of the grid, with the parameter values as columns (int, double, or the
     * choice's name) and one {@code list<double>} column per output. The batch kernel writes straight into
     * the lists' child data buffers, which hold exactly the row-major combos x points matrix. The caller
     * closes the root.
     */
    public static VectorSchemaRoot sweep(Indicator indicator, List<Float8Vector> inputs, ParamGrid grid,
                                         BatchOptions options, BufferAllocator allocator) {
        int n = length(indicator, inputs);
        double[][] combos = grid.combos();
        List<FieldVector> columns = new ArrayList<>();
        try {
            List<ParamSpec> params = indicator.spec().params();
            for (int p = 0; p < params.size(); p++) {
                columns.add(paramColumn(params.get(p), p, combos, allocator));
            }
            ByteBuffer[] matrices = new ByteBuffer[indicator.spec().outputs().size()];
            for (int o = 0; o < matrices.length; o++) {
                ListVector list = ListVector.empty(indicator.spec().outputs().get(o), allocator);
                columns.add(list);
                matrices[o] = rows(list, combos.length, n);
            }
            try (InputData data = new InputData(inputs, n)) {
                indicator.batchInto(data.buffers, n, combos, options, matrices);
            }
            return new VectorSchemaRoot(columns);
        } catch (RuntimeException e) {
            AutoCloseables.closeNoChecked(AutoCloseables.all(columns));
            throw e;
        }
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
        list.addOrGetVector(FieldType.notNullable(FLOAT8));
        list.setInitialCapacity(rows, n);
        list.allocateNew();
        for (int r = 0; r < rows; r++) {
            list.startNewValue(r);
            list.endValue(r, n);
        }
        list.setValueCount(rows);
        long cells = (long) rows * n;
        if (cells > Integer.MAX_VALUE / Double.BYTES) {
            throw new IllegalArgumentException("sweep of " + rows + " combos x " + n
                    + " points exceeds one Arrow buffer; split the grid");
        }
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
