package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.ParamSpec;
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
 * The result rows of a single-output sweep laid out as UnsafeRows inside the batch matrix, so that Spark
 * takes them as they are ({@link UnsafeRowScan}): each combo's row is its keys and parameters (the null bits,
 * the fixed slots and the keys' variable-length bytes, as Spark's projection writes them) placed right before
 * the array header of its output row, whose values the batch kernel wrote. Nothing of the output is copied.
 *
 * <p>The part of a row before the array is made by projecting the keys and parameters with an empty output
 * array, which Spark writes last; its slot then gets the real array's offset and size. Rows of one part are
 * views of the matrix, valid until the next part reuses it.
 */
final class SweepRows {
    private static final UnsafeArrayData EMPTY = UnsafeArrayData.fromPrimitiveArray(new double[0]);

    private final List<ParamSpec> params;
    private final SpecificInternalRow values;
    private final JoinedRow joined = new JoinedRow();
    private final UnsafeProjection project;
    private final int outputSlot;
    private final UnsafeRow row;
    private byte[][] prefixes;
    private SweepChunk chunk;

    /** Rows of the keys (the task row's first {@code keyCount} fields), the parameters and the output. */
    SweepRows(StructType taskSchema, int keyCount, List<ParamSpec> params) {
        this.params = params;
        DataType array = DataTypes.createArrayType(DataTypes.DoubleType, false);
        List<DataType> valueTypes = new ArrayList<>();
        params.forEach(p -> valueTypes.add(Sweep.paramType(p)));
        valueTypes.add(array);
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
        this.outputSlot = UnsafeRow.calculateBitSetWidthInBytes(fieldCount) + 8 * (fieldCount - 1);
        this.row = new UnsafeRow(fieldCount);
    }

    /** Computes one part: the rows' keys and parameters first, then the batch with room for them. */
    void compute(Indicator ind, InternalRow task, double[][] series, double[][] combos) {
        prefixes = new byte[combos.length][];
        int longest = 0;
        for (int r = 0; r < combos.length; r++) {
            for (int j = 0; j < params.size(); j++) {
                Sweep.setParam(values, j, params.get(j), combos[r][j]);
            }
            values.update(params.size(), EMPTY);
            UnsafeRow projected = project.apply(joined.apply(task, values));
            int arrayOffset = (int) (Platform.getLong(projected.getBaseObject(), projected.getBaseOffset() + outputSlot) >>> 32);
            prefixes[r] = Arrays.copyOf(projected.getBytes(), arrayOffset);
            longest = Math.max(longest, arrayOffset);
        }
        chunk = new SweepChunk(ind, series, combos, 0, longest / 8);
    }

    int size() {
        return prefixes.length;
    }

    double[] combo(int r) {
        return chunk.combos[r];
    }

    /** Combo r's row: its prefix written before its array, the row pointed at it (the returned row is reused). */
    UnsafeRow row(int r) {
        double[] matrix = chunk.matrix(0);
        byte[] prefix = prefixes[r];
        long start = Platform.DOUBLE_ARRAY_OFFSET + 8L * chunk.arrayAt(r) - prefix.length;
        Platform.copyMemory(prefix, Platform.BYTE_ARRAY_OFFSET, matrix, start, prefix.length);
        long arrayBytes = 8L * (SeriesData.headerSlots(chunk.n) + chunk.n);
        Platform.putLong(matrix, start + outputSlot, ((long) prefix.length << 32) | arrayBytes);
        row.pointTo(matrix, start, (int) (prefix.length + arrayBytes));
        return row;
    }
}
