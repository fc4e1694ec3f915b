package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Indicators over long-format data, one row per key and bar, as it sits in Parquet:
 * <pre>{@code
 * Dataset<Row> out = SeriesTransform.of(prices).by("symbol").orderBy("ts")
 *     .compute("alma", Map.of("period", 20));           // prices + column "alma"
 * Dataset<Row> features = SeriesTransform.of(prices).by("symbol").orderBy("ts").compute(List.of(
 *     new Call("sma", Map.of("period", 20), "sma_20"), new Call("rsi", Map.of(), "rsi")));
 * }</pre>
 * Rows are hash-partitioned by the key columns; inside a partition each series is gathered into primitive
 * arrays (its rows kept as compact UnsafeRow bytes), sorted by time with a primitive sort, computed with
 * the kernel and emitted as the same rows with the output columns appended. Nothing is collected to the
 * driver; a task holds the series of its own partition (raise the number of partitions for bigger data).
 * Input order does not matter; the output comes series by series in time order.
 */
public final class SeriesTransform {
    private final Dataset<Row> df;
    private final List<String> keys;
    private final String time;
    private final Map<String, String> columns;
    private final String source;
    private final int partitions;

    private SeriesTransform(Dataset<Row> df, List<String> keys, String time, Map<String, String> columns,
                            String source, int partitions) {
        this.df = df;
        this.keys = keys;
        this.time = time;
        this.columns = columns;
        this.source = source;
        this.partitions = partitions;
    }

    public static SeriesTransform of(Dataset<Row> df) {
        return new SeriesTransform(df, List.of(), null, Map.of(), null, 0);
    }

    /** The key columns that identify a series (symbol, ...). */
    public SeriesTransform by(String... keyColumns) {
        return new SeriesTransform(df, List.of(keyColumns), time, columns, source, partitions);
    }

    /**
     * The column that orders a series: timestamp, date, integral or double. An indicator's {@code timestamp}
     * input reads it (as epoch milliseconds: timestamps and dates are converted, numbers taken as they are).
     */
    public SeriesTransform orderBy(String timeColumn) {
        return new SeriesTransform(df, keys, timeColumn, columns, source, partitions);
    }

    /**
     * Reads an indicator input (close, high, ...) from a column of another name; every input of that name, so
     * renaming {@code close} also moves a default source of close.
     */
    public SeriesTransform column(String input, String column) {
        Map<String, String> m = new LinkedHashMap<>(columns);
        m.put(input, column);
        return new SeriesTransform(df, keys, time, m, source, partitions);
    }

    /**
     * The selectable source of the indicator (its first input, where it has one): a column, or one of hl2,
     * hlc3, ohlc4 and hlcc4, computed from the open, high, low and close columns where the data has no column
     * of that name. By default the indicator's own default source (close, or hl2 for TTM Trend), found the same
     * way. The other inputs are always the columns of their names.
     */
    public SeriesTransform source(String columnOrSource) {
        return new SeriesTransform(df, keys, time, columns, columnOrSource, partitions);
    }

    /** The number of partitions to hash the series into (default: spark.sql.shuffle.partitions). */
    public SeriesTransform partitions(int n) {
        return new SeriesTransform(df, keys, time, columns, source, n);
    }

    /** Appends the outputs of {@code id} with default parameters. */
    public Dataset<Row> compute(String id) {
        return compute(id, Map.of());
    }

    /**
     * Appends the outputs of {@code id}: one column named {@code id} for a single output, else
     * {@code id_<output>} per output; a double per real output (NaN during warm-up), an int or boolean per integer
     * or boolean output (null where it has no value). Parameters not given keep their defaults; choices are given
     * by name.
     */
    public Dataset<Row> compute(String id, Map<String, ?> params) {
        return compute(List.of(new Call(id, params, id)));
    }

    /**
     * One indicator of a {@link #compute(List)}: its parameters as {@link #compute(String, Map)} takes them, and
     * the name of its output column ({@code column_<output>} per output where it has several).
     */
    public record Call(String id, Map<String, ?> params, String column) {
    }

    /**
     * Appends the outputs of every call, in order, from one pass over the data: the rows are partitioned,
     * grouped and sorted once, and each series' columns read once for all the calls.
     */
    public Dataset<Row> compute(List<Call> calls) {
        if (keys.isEmpty() || time == null) {
            throw new IllegalArgumentException("call by(keys...) and orderBy(time) before compute");
        }
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("compute needs at least one indicator");
        }
        StructType schema = df.schema();
        int[] keyOrdinals = keys.stream().mapToInt(k -> ordinal(schema, k)).toArray();
        int timeOrdinal = ordinal(schema, time);
        DataType timeType = schema.fields()[timeOrdinal].dataType();
        SeriesPartition.timeReader(timeType); // fails early on an unsupported type

        List<String> read = new ArrayList<>(); // every call's input columns, each once
        List<Integer> readOrdinals = new ArrayList<>();
        List<DataType> readTypes = new ArrayList<>();
        List<SeriesPartition.Planned> planned = new ArrayList<>();
        List<StructField> fields = new ArrayList<>(Arrays.asList(schema.fields()));
        for (Call call : calls) {
            IndicatorSpec spec = Indicators.get(call.id()).spec();
            double[] p = spec.defaults();
            for (Map.Entry<String, ?> e : call.params().entrySet()) {
                ParamSpec ps = spec.param(e.getKey());
                p[spec.paramIndex(ps.name())] = ps.parse(spec.id(), String.valueOf(e.getValue()));
            }
            spec.validate(p);
            InputLayout layout = InputLayout.resolve(spec, source, columns, List.of(schema.fieldNames()),
                    schema.fields()[timeOrdinal].name());
            int[] at = new int[layout.columns().size()];
            for (int i = 0; i < at.length; i++) {
                String col = layout.columns().get(i);
                int ordinal = ordinal(schema, col);
                DataType type = schema.fields()[ordinal].dataType();
                boolean times = SeriesData.isTimeType(type) && layout.timesOnly(spec, i);
                if (!(type instanceof org.apache.spark.sql.types.NumericType) && !times) {
                    throw new IllegalArgumentException(spec.id() + ": input column '" + col + "' must be numeric, got "
                            + type.sql());
                }
                at[i] = read.indexOf(col);
                if (at[i] < 0) {
                    read.add(col);
                    readOrdinals.add(ordinal);
                    readTypes.add(type);
                    at[i] = read.size() - 1;
                }
            }
            planned.add(new SeriesPartition.Planned(spec.id(), p, layout, at));
            for (int o = 0; o < spec.outputs().size(); o++) {
                String name = spec.outputs().size() == 1 ? call.column() : call.column() + "_" + spec.outputs().get(o);
                if (fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
                    throw new IllegalArgumentException(spec.id() + ": output column '" + name + "' exists already");
                }
                OutputType type = spec.outputTypes().get(o);
                fields.add(DataTypes.createStructField(name, TypedOutputs.elementType(type),
                        TypedOutputs.nullable(type)));
            }
        }
        StructType outSchema = DataTypes.createStructType(fields);

        Column[] keyCols = keys.stream().map(functions::col).toArray(Column[]::new);
        Dataset<Row> hashed = partitions > 0 ? df.repartition(partitions, keyCols) : df.repartition(keyCols);
        var rows = ((org.apache.spark.sql.classic.Dataset<Row>) hashed).queryExecution().toRdd();
        JavaRDD<InternalRow> out = rows.toJavaRDD().mapPartitions(new SeriesPartition(planned, schema, keyOrdinals,
                timeOrdinal, readOrdinals.stream().mapToInt(Integer::intValue).toArray(),
                readTypes.toArray(DataType[]::new)));
        return ((org.apache.spark.sql.classic.SparkSession) df.sparkSession())
                .internalCreateDataFrame(out.rdd(), outSchema, false);
    }

    private static int ordinal(StructType schema, String column) {
        for (int i = 0; i < schema.fields().length; i++) {
            if (schema.fields()[i].name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "' (columns: "
                + String.join(", ", schema.fieldNames()) + ")");
    }

    /**
     * Packs long format into one row per series: the key columns, then one array per value column (the time
     * column included), each sorted by time.
     */
    public static Dataset<Row> pack(Dataset<Row> df, List<String> keys, String time, List<String> values) {
        List<Column> fields = new ArrayList<>();
        fields.add(functions.col(time));
        values.forEach(v -> fields.add(functions.col(v)));
        Dataset<Row> grouped = df.groupBy(keys.stream().map(functions::col).toArray(Column[]::new))
                .agg(functions.array_sort(functions.collect_list(functions.struct(fields.toArray(Column[]::new))))
                        .as("__series"));
        List<Column> select = new ArrayList<>();
        keys.forEach(k -> select.add(functions.col(k)));
        select.add(functions.col("__series").getField(time).as(time));
        values.forEach(v -> select.add(functions.col("__series").getField(v).as(v)));
        return grouped.select(select.toArray(Column[]::new));
    }

    /** The inverse of {@link #pack}: one row per key and array position, arrays zipped element by element. */
    public static Dataset<Row> unpack(Dataset<Row> df, List<String> keys, List<String> arrays) {
        Column zipped = functions.arrays_zip(arrays.stream().map(functions::col).toArray(Column[]::new));
        List<Column> select = new ArrayList<>();
        keys.forEach(k -> select.add(functions.col(k)));
        select.add(functions.explode(zipped).as("__bar"));
        List<Column> flat = new ArrayList<>();
        keys.forEach(k -> flat.add(functions.col(k)));
        arrays.forEach(a -> flat.add(functions.col("__bar").getField(a).as(a)));
        return df.select(select.toArray(Column[]::new)).select(flat.toArray(Column[]::new));
    }
}
