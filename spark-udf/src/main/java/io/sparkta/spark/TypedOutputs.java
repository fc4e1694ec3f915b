package io.sparkta.spark;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * How an output's values are held in Spark, from its {@link OutputType}: a real output as {@code double} (NaN
 * during warm-up, never null, arrays without nulls, so the kernels can write Spark's arrays in place); an
 * integer output as {@code int} and a signal as {@code boolean}, with NaN (no value) as null.
 */
final class TypedOutputs {
    private TypedOutputs() {
    }

    static DataType elementType(OutputType t) {
        return switch (t) {
            case REAL -> DataTypes.DoubleType;
            case INT -> DataTypes.IntegerType;
            case BOOL -> DataTypes.BooleanType;
        };
    }

    /** Whether a value of the type can be null (only integers and signals: a real is NaN instead). */
    static boolean nullable(OutputType t) {
        return t != OutputType.REAL;
    }

    static ArrayType arrayType(OutputType t) {
        return DataTypes.createArrayType(elementType(t), nullable(t));
    }

    /** Whether every output is real, so that results can be the kernels' double buffers as they are. */
    static boolean allReal(IndicatorSpec spec) {
        return spec.outputTypes().stream().allMatch(t -> t == OutputType.REAL);
    }

    /** One value as Spark holds it: a Double, an Integer, a Boolean, or null for NaN in a typed output. */
    static Object value(OutputType t, double v) {
        if (t == OutputType.REAL) {
            return v;
        }
        if (Double.isNaN(v)) {
            return null;
        }
        return t == OutputType.INT ? (Object) (int) v : (Object) (v != 0);
    }

    /** Writes one value into field i of a mutable row, unboxed; NaN of a typed output is a null field. */
    static void set(InternalRow row, int i, OutputType t, double v) {
        if (t == OutputType.REAL) {
            row.setDouble(i, v);
        } else if (Double.isNaN(v)) {
            row.setNullAt(i);
        } else if (t == OutputType.INT) {
            row.setInt(i, (int) v);
        } else {
            row.setBoolean(i, v != 0);
        }
    }

    /**
     * The n values of {@code buffer} from {@code from} as a Spark array of the type. A real output must be a
     * buffer whose array header sits right before {@code from} ({@link SeriesData#newBuffer}): it is viewed, not
     * copied. Other types are converted in one pass, NaN becoming a null element.
     */
    static ArrayData array(OutputType t, double[] buffer, int from, int n) {
        if (t == OutputType.REAL) {
            return SeriesData.view(buffer, from - SeriesData.headerSlots(n), n);
        }
        return converted(t, buffer, from, n);
    }

    /** The n values of {@code values} from {@code from} as a new Spark array of the type (always a copy). */
    static UnsafeArrayData converted(OutputType t, double[] values, int from, int n) {
        if (t == OutputType.REAL) {
            double[] copy = new double[n];
            System.arraycopy(values, from, copy, 0, n);
            return UnsafeArrayData.fromPrimitiveArray(copy);
        }
        UnsafeArrayData a = UnsafeArrayData.createFreshArray(n, t == OutputType.INT ? 4 : 1);
        for (int i = 0; i < n; i++) {
            double v = values[from + i];
            if (Double.isNaN(v)) {
                a.setNullAt(i);
            } else if (t == OutputType.INT) {
                a.setInt(i, (int) v);
            } else {
                a.setBoolean(i, v != 0);
            }
        }
        return a;
    }
}
