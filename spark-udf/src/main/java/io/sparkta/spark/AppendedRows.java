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
 * {@link #values()}: one reusable mutable row and one projection, no object per emitted row.
 */
final class AppendedRows {
    private final SpecificInternalRow values;
    private final JoinedRow joined = new JoinedRow();
    private final UnsafeProjection project;

    AppendedRows(StructType taskSchema, int keyCount, DataType[] valueTypes) {
        this.values = new SpecificInternalRow(CollectionConverters.asScala(Arrays.asList(valueTypes)).toSeq());
        List<Expression> exprs = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            exprs.add(new BoundReference(k, taskSchema.fields()[k].dataType(), true));
        }
        int width = taskSchema.fields().length;
        for (int j = 0; j < valueTypes.length; j++) {
            exprs.add(new BoundReference(width + j, valueTypes[j], false));
        }
        this.project = UnsafeProjection.create(CollectionConverters.asScala(exprs).toList());
    }

    /** The values appended to the next emitted row. */
    SpecificInternalRow values() {
        return values;
    }

    /** The keys of {@code task} followed by the current values (the returned row is reused). */
    InternalRow emit(InternalRow task) {
        return project.apply(joined.apply(task, values));
    }
}
