package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The result rows of a sweep laid out as UnsafeRows inside the matrix the kernels write, so that Spark takes
 * them as they are ({@link UnsafeRowScan}): each combo's row is its keys and parameters (the null bits, the
 * fixed slots and the keys' variable-length bytes, as Spark's projection writes them) placed right before the
 * array header of its first output, the outputs' arrays one after the other. Nothing of the output is copied.
 *
 * <p>One output: the batch kernel fills the rows ({@link SweepChunk}, SIMD across combos where it has it).
 * Several outputs: each combo is computed alone, its outputs written at their places in the row through
 * {@code DoubleMemory} (in place for kernels written over memory, else through one copy of each output).
 *
 * <p>The part of a row before the arrays is made by projecting the keys and parameters with empty output
 * arrays, which Spark writes last; their slots then get the real arrays' offsets and sizes. Rows of one part
 * are views of the matrix, valid until the next part reuses it.
 *
 * <p>An indicator with integer or boolean outputs ({@code array<int>}, {@code array<boolean>}, NaN as null) has
 * its rows projected instead: the kernels write doubles as above, and each row is Spark's projection of the
 * keys, the parameters and the outputs converted to their types (one copy of each output).
 */
final class SweepRowLayout {
    private static final UnsafeArrayData EMPTY = UnsafeArrayData.fromPrimitiveArray(new double[0]);

    private final List<ParamSpec> params;
    private final int outputs;
    private final List<OutputType> types;
    /** Whether every output is real, so that rows are laid out in the matrix; else they are projected. */
    private final boolean inPlace;
    private InternalRow task;
    private double[][] combos;
    private final SpecificInternalRow values;
    private final JoinedRow joined = new JoinedRow();
    private final UnsafeProjection project;
    private final int outputSlot;
    private final UnsafeRow row;
    private byte[][] prefixes;
    private int n;
    /** One output: the batch's chunk. Several: {@link #matrix}, a row every {@link #stride} doubles. */
    private SweepChunk chunk;
    private double[] matrix = new double[0];
    private int stride, prefixSlots;

    /** Rows of the keys (the task row's first {@code keyCount} fields), the parameters and the outputs. */
    SweepRowLayout(StructType taskSchema, int keyCount, IndicatorSpec spec) {
        this.params = spec.params();
        this.outputs = spec.outputs().size();
        this.types = spec.outputTypes();
        this.inPlace = TypedOutputs.allReal(spec);
        List<DataType> valueTypes = new ArrayList<>();
        params.forEach(p -> valueTypes.add(Sweep.paramType(p)));
        for (int o = 0; o < outputs; o++) {
            valueTypes.add(TypedOutputs.arrayType(types.get(o)));
        }
        this.values = new SpecificInternalRow(CollectionConverters.asScala(valueTypes).toSeq());
        List<Expression> fields = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            fields.add(new BoundReference(k, taskSchema.fields()[k].dataType(), true));
        }
        int taskFields = taskSchema.fields().length;
        for (int j = 0; j < valueTypes.size(); j++) {
            fields.add(new BoundReference(taskFields + j, valueTypes.get(j), false));
        }
        this.project = UnsafeProjection.create(CollectionConverters.asScala(fields).toList());
        int fieldCount = fields.size();
        this.outputSlot = UnsafeRow.calculateBitSetWidthInBytes(fieldCount) + 8 * (fieldCount - outputs);
        this.row = new UnsafeRow(fieldCount);
    }

    /** Computes one part: the rows' keys and parameters first, then the outputs with room for them. */
    void compute(Indicator ind, InternalRow task, double[][] series, double[][] combos) {
        this.task = task;
        this.combos = combos;
        n = series[0].length;
        if (!inPlace) {
            prefixSlots = 0;
            if (outputs == 1) {
                chunk = new SweepChunk(ind, series, combos, 0, 0);
            } else {
                chunk = null;
                computeEach(ind, series, combos);
            }
            return;
        }
        prefixes = new byte[combos.length][];
        int longest = 0;
        for (int r = 0; r < combos.length; r++) {
            for (int j = 0; j < params.size(); j++) {
                Sweep.setParam(values, j, params.get(j), combos[r][j]);
            }
            for (int o = 0; o < outputs; o++) {
                values.update(params.size() + o, EMPTY);
            }
            UnsafeRow projected = project.apply(joined.apply(task, values));
            long slot = Platform.getLong(projected.getBaseObject(), projected.getBaseOffset() + outputSlot);
            int arraysAt = (int) (slot >>> 32);
            prefixes[r] = Arrays.copyOf(projected.getBytes(), arraysAt);
            longest = Math.max(longest, arraysAt);
        }
        prefixSlots = longest / 8;
        if (outputs == 1) {
            chunk = new SweepChunk(ind, series, combos, 0, prefixSlots);
        } else {
            chunk = null;
            computeEach(ind, series, combos);
        }
    }

    /** Several outputs: each combo alone, its outputs written where its row holds them; NaN where it cannot be. */
    private void computeEach(Indicator ind, double[][] series, double[][] combos) {
        int header = SeriesData.headerSlots(n);
        stride = prefixSlots + outputs * (header + n);
        if (matrix.length < combos.length * stride) {
            matrix = new double[combos.length * stride];
        }
        DoubleMemory[] in = new DoubleMemory[series.length];
        for (int i = 0; i < series.length; i++) {
            in[i] = DoubleMemory.of(series[i], 0, 0, n);
        }
        DoubleMemory[] out = new DoubleMemory[outputs];
        for (int r = 0; r < combos.length; r++) {
            for (int o = 0; o < outputs; o++) {
                int at = arrayAt(r, o);
                SeriesData.writeHeader(matrix, at, n);
                Arrays.fill(matrix, at + 1, at + header, 0.0); // a reused matrix: clear the null bitmap
                out[o] = DoubleMemory.of(matrix, at + header, 0, n);
            }
            try {
                ind.computeInto(in, n, combos[r], Vectorization.AUTO, out);
            } catch (IndicatorException e) {
                if (!e.kind().isDataDependent()) {
                    throw e;
                }
                for (int o = 0; o < outputs; o++) {
                    Arrays.fill(matrix, arrayAt(r, o) + header, arrayAt(r, o) + header + n, Double.NaN);
                }
            }
        }
    }

    /** Where output o of combo r has its array header. */
    private int arrayAt(int r, int o) {
        return chunk != null ? chunk.arrayAt(r) : r * stride + prefixSlots + o * (SeriesData.headerSlots(n) + n);
    }

    int size() {
        return combos.length;
    }

    /** Combo r's row: its prefix written before its arrays, the row pointed at it (the returned row is reused). */
    UnsafeRow row(int r) {
        if (!inPlace) {
            return projected(r);
        }
        double[] m = chunk != null ? chunk.matrix(0) : matrix;
        byte[] prefix = prefixes[r];
        long start = Platform.DOUBLE_ARRAY_OFFSET + 8L * arrayAt(r, 0) - prefix.length;
        Platform.copyMemory(prefix, Platform.BYTE_ARRAY_OFFSET, m, start, prefix.length);
        long arrayBytes = 8L * (SeriesData.headerSlots(n) + n);
        for (int o = 0; o < outputs; o++) {
            Platform.putLong(m, start + outputSlot + 8L * o, ((prefix.length + o * arrayBytes) << 32) | arrayBytes);
        }
        row.pointTo(m, start, (int) (prefix.length + outputs * arrayBytes));
        return row;
    }

    /** Combo r's row as Spark's projection of its keys, parameters and typed outputs (the row is reused). */
    private UnsafeRow projected(int r) {
        for (int j = 0; j < params.size(); j++) {
            Sweep.setParam(values, j, params.get(j), combos[r][j]);
        }
        int header = SeriesData.headerSlots(n);
        for (int o = 0; o < outputs; o++) {
            double[] m = chunk != null ? chunk.matrix(o) : matrix;
            values.update(params.size() + o, TypedOutputs.array(types.get(o), m, arrayAt(r, o) + header, n));
        }
        return project.apply(joined.apply(task, values));
    }
}
