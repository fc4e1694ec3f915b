package io.sparkta.spark;

import io.sparkta.kernels.memory.DoubleMemory;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.unsafe.Platform;

/**
 * Moves series between Spark arrays and {@code double[]}: one bulk copy in, or none where kernels read Spark's
 * memory in place ({@link #inPlace}); none out.
 *
 * <p>Output arrays are written by the kernel straight into a {@code double[]} that starts with the
 * {@link UnsafeArrayData} header (element count and an all-zero null bitmap), and the result points at it:
 * Spark reads the doubles where the kernel wrote them.
 */
final class SeriesData {
    private SeriesData() {
    }

    /** Whether a column type can be read as a series: an array of any numeric type (times: see below). */
    static boolean isSeriesType(DataType t) {
        return t instanceof ArrayType at && at.elementType() instanceof NumericType;
    }

    /** Whether a type holds bar times: a timestamp (with or without time zone) or a date. */
    static boolean isTimeType(DataType t) {
        return t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType || t == DataTypes.DateType;
    }

    /** Whether a column type can be read as a series of bar times: an array of timestamps or dates. */
    static boolean isTimeSeriesType(DataType t) {
        return t instanceof ArrayType at && isTimeType(at.elementType());
    }

    /**
     * A time as the kernels take it, epoch milliseconds (a {@code timestamp} input): timestamps hold
     * microseconds, dates days.
     */
    static double epochMillis(DataType t, long value) {
        return t == DataTypes.DateType ? value * 86_400_000.0 : Math.floorDiv(value, 1000L);
    }

    /** The values of a Spark array in a new array; null elements read as NaN. */
    static double[] toDoubles(ArrayData a, DataType arrayType) {
        return toDoubles(a, arrayType, null);
    }

    /**
     * The values of a Spark array, written into {@code reuse} when it has the right length (a caller that is
     * done with the values before the next call can so avoid one allocation per row).
     */
    static double[] toDoubles(ArrayData a, DataType arrayType, double[] reuse) {
        ArrayType type = (ArrayType) arrayType;
        DataType element = type.elementType();
        int n = a.numElements();
        double[] x = reuse != null && reuse.length == n ? reuse : new double[n];
        if (element == DataTypes.DoubleType && a instanceof UnsafeArrayData u) {
            Platform.copyMemory(u.getBaseObject(), u.getBaseOffset() + headerSlots(n) * 8L, x,
                    Platform.DOUBLE_ARRAY_OFFSET, n * 8L);
        } else if (element == DataTypes.DoubleType) {
            for (int i = 0; i < n; i++) {
                x[i] = a.isNullAt(i) ? Double.NaN : a.getDouble(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (!a.isNullAt(i)) {
                    x[i] = element == DataTypes.FloatType ? a.getFloat(i)
                            : element == DataTypes.DateType ? epochMillis(element, a.getInt(i))
                            : isTimeType(element) ? epochMillis(element, a.getLong(i))
                            : element == DataTypes.IntegerType ? a.getInt(i)
                            : element == DataTypes.LongType ? a.getLong(i)
                            : element == DataTypes.ShortType ? a.getShort(i)
                            : element == DataTypes.ByteType ? a.getByte(i)
                            : a.getDecimal(i, ((DecimalType) element).precision(), ((DecimalType) element).scale())
                                    .toDouble();
                }
            }
        }
        if (type.containsNull()) {
            for (int i = 0; i < n; i++) {
                if (a.isNullAt(i)) {
                    x[i] = Double.NaN;
                }
            }
        }
        return x;
    }

    /**
     * The values of a Spark array where Spark keeps them, without a copy, when they can be read so: doubles in
     * an {@link UnsafeArrayData} without a null element (a null's slot does not hold NaN). Null otherwise.
     */
    static DoubleMemory inPlace(ArrayData a, DataType arrayType) {
        if (((ArrayType) arrayType).elementType() != DataTypes.DoubleType || !(a instanceof UnsafeArrayData u)) {
            return null;
        }
        int n = u.numElements();
        Object base = u.getBaseObject();
        long header = UnsafeArrayData.calculateHeaderPortionInBytes(n);
        if (((ArrayType) arrayType).containsNull()) {
            for (long at = 8; at < header; at += 8) { // the null bitmap's words, after the element count
                if (Platform.getLong(base, u.getBaseOffset() + at) != 0) {
                    return null;
                }
            }
        }
        return DoubleMemory.of(base, u.getBaseOffset() + header, 0, n);
    }

    /** Doubles to skip at the start of a buffer so that the series follows the array header. */
    static int headerSlots(int n) {
        return (int) (UnsafeArrayData.calculateHeaderPortionInBytes(n) / 8);
    }

    /** A buffer for a series of n values at {@link #headerSlots(int)}, with the header written. */
    static double[] newBuffer(int n) {
        double[] buffer = new double[headerSlots(n) + n];
        buffer[0] = Double.longBitsToDouble(n); // numElements; the null bitmap words stay 0 (no nulls)
        return buffer;
    }

    /** A Spark array viewing a buffer made by {@link #newBuffer(int)} (no copy). */
    static UnsafeArrayData view(double[] buffer) {
        return view(buffer, 0, (int) Double.doubleToRawLongBits(buffer[0])); // the header's element count
    }

    /** Writes the array header for n values at {@code buffer[start]} (the bitmap slots must be zero). */
    static void writeHeader(double[] buffer, int start, int n) {
        buffer[start] = Double.longBitsToDouble(n);
    }

    /** A Spark array of n values viewing {@code buffer} from {@code start}, where its header is (no copy). */
    static UnsafeArrayData view(double[] buffer, int start, int n) {
        UnsafeArrayData a = new UnsafeArrayData();
        a.pointTo(buffer, Platform.DOUBLE_ARRAY_OFFSET + start * 8L, (headerSlots(n) + n) * 8);
        return a;
    }
}
