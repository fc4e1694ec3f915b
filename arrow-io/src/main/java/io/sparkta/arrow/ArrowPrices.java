package io.sparkta.arrow;

import io.sparkta.kernels.Candles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Price data in Arrow IPC files and streams, in two layouts:
 * <ul>
 *   <li><b>long</b>: one row per symbol and bar, columns {@code symbol} (utf8), {@code ts} (timestamp) and any of
 *       open, high, low, close, volume (numbers; nulls read as NaN). Rows may come in any order: each series
 *       is ordered by time on reading. Without a symbol column the file holds one series.</li>
 *   <li><b>per-series</b>: one row per symbol, every other column a list of one value per bar.</li>
 * </ul>
 * Sparkta writes timestamps as {@code timestamp[us, UTC]} (what Spark reads natively) and reads any unit;
 * {@link Candles} carry them as epoch milliseconds. {@code timestamp} is accepted for {@code ts}.
 */
public final class ArrowPrices {
    public static final String SYMBOL = "symbol";
    public static final String TIME = "ts";
    static final List<String> COLUMNS = List.of("open", "high", "low", "close", "volume");
    private static final ArrowType FLOAT8 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    private static final ArrowType MICROS_UTC = new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MICROSECOND,
            "UTC");

    private ArrowPrices() {
    }

    /** Reads either layout (list columns mean per-series), keyed by symbol in order of first appearance. */
    public static Map<String, Candles> read(Path path) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = ArrowIpc.readAll(path, allocator)) {
            if (find(root, "close") == null) {
                throw new IllegalArgumentException(path + " has no 'close' column (columns: "
                        + root.getSchema().getFields().stream().map(Field::getName).toList() + ")");
            }
            boolean perSeries = root.getFieldVectors().stream().anyMatch(v -> v instanceof ListVector);
            return perSeries ? perSeries(root, path) : longFormat(root, path);
        }
    }

    /** Writes the series in long format, with the candle columns that every series has. */
    public static void writeLong(Map<String, Candles> series, Path path) throws IOException {
        List<String> columns = commonColumns(series);
        int rows = series.values().stream().mapToInt(Candles::size).sum();
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(schema(columns, false), allocator)) {
            root.allocateNew();
            VarCharVector symbol = (VarCharVector) root.getVector(SYMBOL);
            TimeStampMicroTZVector ts = (TimeStampMicroTZVector) root.getVector(TIME);
            int row = 0;
            for (Map.Entry<String, Candles> e : series.entrySet()) {
                byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                Candles c = e.getValue();
                for (int t = 0; t < c.size(); t++, row++) {
                    symbol.setSafe(row, key);
                    ts.setSafe(row, TimeUnit.MILLISECONDS.toMicros(c.timestamp()[t]));
                    for (String column : columns) {
                        ((Float8Vector) root.getVector(column)).setSafe(row, column(c, column)[t]);
                    }
                }
            }
            root.setRowCount(rows);
            ArrowIpc.write(root, path);
        }
    }

    /** Writes one row per series: the symbol, then a list per column (timestamps and candle columns). */
    public static void writePerSeries(Map<String, Candles> series, Path path) throws IOException {
        List<String> columns = commonColumns(series);
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(schema(columns, true), allocator)) {
            root.allocateNew();
            int row = 0;
            for (Map.Entry<String, Candles> e : series.entrySet()) {
                Candles c = e.getValue();
                ((VarCharVector) root.getVector(SYMBOL)).setSafe(row, e.getKey().getBytes(StandardCharsets.UTF_8));
                ListVector ts = (ListVector) root.getVector(TIME);
                int at = ts.startNewValue(row);
                TimeStampMicroTZVector times = (TimeStampMicroTZVector) ts.getDataVector();
                for (int t = 0; t < c.size(); t++) {
                    times.setSafe(at + t, TimeUnit.MILLISECONDS.toMicros(c.timestamp()[t]));
                }
                ts.endValue(row, c.size());
                for (String column : columns) {
                    ListVector list = (ListVector) root.getVector(column);
                    int start = list.startNewValue(row);
                    Float8Vector values = (Float8Vector) list.getDataVector();
                    double[] v = column(c, column);
                    for (int t = 0; t < v.length; t++) {
                        values.setSafe(start + t, v[t]);
                    }
                    list.endValue(row, v.length);
                }
                row++;
            }
            for (FieldVector v : root.getFieldVectors()) {
                if (v instanceof ListVector list) {
                    list.getDataVector().setValueCount(list.getElementEndIndex(row - 1));
                }
            }
            root.setRowCount(row);
            ArrowIpc.write(root, path);
        }
    }

    private static org.apache.arrow.vector.types.pojo.Schema schema(List<String> columns, boolean lists) {
        Function<Field, Field> wrap = f -> lists
                ? new Field(f.getName(), FieldType.notNullable(ArrowType.List.INSTANCE),
                        List.of(new Field("item", f.getFieldType(), null)))
                : f;
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(SYMBOL, FieldType.notNullable(ArrowType.Utf8.INSTANCE), null));
        fields.add(wrap.apply(new Field(TIME, FieldType.notNullable(MICROS_UTC), null)));
        for (String column : columns) {
            fields.add(wrap.apply(new Field(column, FieldType.nullable(FLOAT8), null)));
        }
        return new org.apache.arrow.vector.types.pojo.Schema(fields);
    }

    private static List<String> commonColumns(Map<String, Candles> series) {
        List<String> columns = new ArrayList<>();
        for (String column : COLUMNS) {
            if (series.values().stream().allMatch(c -> column(c, column) != null)) {
                columns.add(column);
            }
        }
        for (Map.Entry<String, Candles> e : series.entrySet()) {
            if (e.getValue().timestamp() == null) {
                throw new IllegalArgumentException("series " + e.getKey() + " has no timestamps");
            }
        }
        return columns;
    }

    private static double[] column(Candles c, String name) {
        return switch (name) {
            case "open" -> c.open();
            case "high" -> c.high();
            case "low" -> c.low();
            case "close" -> c.close();
            default -> c.volume();
        };
    }

    // ---------------------------------------------------------------- reading

    private static Map<String, Candles> longFormat(VectorSchemaRoot root, Path path) {
        int n = root.getRowCount();
        FieldVector symbols = find(root, SYMBOL);
        FieldVector times = timeColumn(root);
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = symbols == null ? "" : String.valueOf(symbols.getObject(i));
            rowsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        long[] allTimes = times == null ? null : millis(times, 0, n, path);
        Map<String, Candles> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
            List<Integer> rows = e.getValue();
            if (allTimes != null) {
                rows.sort(Comparator.comparingLong(i -> allTimes[i]));
            }
            int[] order = rows.stream().mapToInt(Integer::intValue).toArray();
            double[][] cols = new double[COLUMNS.size()][];
            for (int k = 0; k < cols.length; k++) {
                FieldVector v = find(root, COLUMNS.get(k));
                cols[k] = v == null ? null : gather(doubles(v, 0, n, path), order);
            }
            long[] ts = allTimes == null ? null : Arrays.stream(order).mapToLong(i -> allTimes[i]).toArray();
            out.put(e.getKey(), candles(ts, cols, path));
        }
        return out;
    }

    private static Map<String, Candles> perSeries(VectorSchemaRoot root, Path path) {
        FieldVector symbols = find(root, SYMBOL);
        Map<String, Candles> out = new LinkedHashMap<>();
        for (int r = 0; r < root.getRowCount(); r++) {
            ListVector tl = (ListVector) timeColumn(root);
            long[] ts = tl == null || tl.isNull(r) ? null : millis(tl.getDataVector(), tl.getElementStartIndex(r),
                    tl.getElementEndIndex(r), path);
            double[][] cols = new double[COLUMNS.size()][];
            for (int k = 0; k < cols.length; k++) {
                FieldVector v = find(root, COLUMNS.get(k));
                if (v instanceof ListVector list && !list.isNull(r)) {
                    cols[k] = doubles(list.getDataVector(), list.getElementStartIndex(r), list.getElementEndIndex(r), path);
                }
            }
            out.put(symbols == null ? String.valueOf(r) : String.valueOf(symbols.getObject(r)), candles(ts, cols, path));
        }
        return out;
    }

    private static Candles candles(long[] ts, double[][] cols, Path path) {
        if (cols[3] == null) {
            throw new IllegalArgumentException(path + ": a series has a null 'close' list");
        }
        return new Candles(ts, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    private static FieldVector timeColumn(VectorSchemaRoot root) {
        FieldVector v = find(root, TIME);
        return v != null ? v : find(root, "timestamp");
    }

    /** A column by name, case-insensitively, or null. */
    private static FieldVector find(VectorSchemaRoot root, String name) {
        for (FieldVector v : root.getFieldVectors()) {
            if (v.getName().equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }

    private static double[] doubles(ValueVector v, int from, int to, Path path) {
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            if (v.isNull(i)) {
                out[i - from] = Double.NaN;
            } else if (v instanceof FloatingPointVector f) {
                out[i - from] = f.getValueAsDouble(i);
            } else if (v instanceof BaseIntVector b) {
                out[i - from] = b.getValueAsLong(i);
            } else {
                throw new IllegalArgumentException(path + ": column '" + v.getField().getName() + "' is "
                        + v.getField().getType() + ", not a number");
            }
        }
        return out;
    }

    /** Epoch milliseconds from a timestamp column of any unit, or from integers taken as milliseconds. */
    private static long[] millis(ValueVector v, int from, int to, Path path) {
        TimeUnit unit;
        if (v instanceof TimeStampVector) {
            unit = switch (((ArrowType.Timestamp) v.getField().getType()).getUnit()) {
                case SECOND -> TimeUnit.SECONDS;
                case MILLISECOND -> TimeUnit.MILLISECONDS;
                case MICROSECOND -> TimeUnit.MICROSECONDS;
                case NANOSECOND -> TimeUnit.NANOSECONDS;
            };
        } else if (v instanceof BaseIntVector) {
            unit = TimeUnit.MILLISECONDS;
        } else {
            throw new IllegalArgumentException(path + ": time column '" + v.getField().getName() + "' is "
                    + v.getField().getType().toString().toLowerCase(Locale.ROOT) + ", not a timestamp or integer");
        }
        long[] out = new long[to - from];
        for (int i = from; i < to; i++) {
            if (v.isNull(i)) {
                throw new IllegalArgumentException(path + ": null time at row " + i);
            }
            long raw = v instanceof TimeStampVector t ? t.get(i) : ((BaseIntVector) v).getValueAsLong(i);
            out[i - from] = TimeUnit.MILLISECONDS.convert(raw, unit);
        }
        return out;
    }

    private static double[] gather(double[] values, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }
}
