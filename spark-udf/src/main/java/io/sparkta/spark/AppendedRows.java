package io.sparkta.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Emits result rows made of a task row's first {@code keyCount} columns followed by typed values set in
 * {@link #values()}: one reusable joined row, no object and no copy per emitted row. The DataFrame's scan
 * ({@code RDDScanExec}) turns every row into an UnsafeRow at once, which is the only copy of the outputs; the
 * keys are cut out of a task row once per task.
 */
final class AppendedRows {
    private final SpecificInternalRow values;
    private final JoinedRow joined = new JoinedRow();
    private final UnsafeProjection keysOf;
    private InternalRow lastTask;
    private InternalRow keys;

    AppendedRows(StructType taskSchema, int keyCount, DataType[] valueTypes) {
        this.values = new SpecificInternalRow(CollectionConverters.asScala(Arrays.asList(valueTypes)).toSeq());
        if (keyCount == taskSchema.fields().length) {
            this.keysOf = null; // the task row is the keys
            return;
        }
        List<Expression> exprs = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            exprs.add(new BoundReference(k, taskSchema.fields()[k].dataType(), true));
        }
        this.keysOf = UnsafeProjection.create(CollectionConverters.asScala(exprs).toList());
    }

    /** The values appended to the next emitted row. */
    SpecificInternalRow values() {
        return values;
    }

    /** The keys of {@code task} followed by the current values (the returned row is reused). */
    InternalRow emit(InternalRow task) {
        if (keysOf == null) {
            return joined.apply(task, values);
        }
        if (task != lastTask) {
            keys = keysOf.apply(task).copy();
            lastTask = task;
        }
        return joined.apply(keys, values);
    }
}
