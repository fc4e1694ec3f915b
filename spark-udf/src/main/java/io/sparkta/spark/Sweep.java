package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A parameter sweep of one indicator over every series of a DataFrame (one row per series: key columns and
 * one array column per indicator input), giving one row per series and combo: the keys, one column per
 * parameter and one array per output.
 * <pre>{@code
 * Dataset<Row> out = Sweep.of(series).keys("symbol").indicator("alma")
 *     .grid("period=5:50:1,offset=0.85,sigma=6.0").run();
 * }</pre>
 * The work is split into tasks of (series x chunk of combos), so a few long series with a big grid still use
 * every executor. A task expands only its own chunk of the grid (the grid is never materialised on the
 * driver), fills one pre-allocated matrix with the batch kernel (SIMD across combos where the kernel has it)
 * and hands each row to Spark as a view of that matrix. A task computes its chunk in parts whose matrices
 * stay under the memory budget.
 */
public final class Sweep {
    /** Default memory budget for one task's output matrix. */
    public static final long DEFAULT_BUDGET = 256L << 20;

    private final Dataset<Row> series;
    private final List<String> keys;
    private final Map<String, String> columns;
    private final String source;
    private final String indicator;
    private final String grid;
    private final long budget;
    private final LongAccumulator kernelNanos;

    private Sweep(Dataset<Row> series, List<String> keys, Map<String, String> columns, String source, String indicator,
                  String grid, long budget, LongAccumulator kernelNanos) {
        this.series = series;
        this.keys = keys;
        this.columns = columns;
        this.source = source;
        this.indicator = indicator;
        this.grid = grid;
        this.budget = budget;
        this.kernelNanos = kernelNanos;
    }

    public static Sweep of(Dataset<Row> series) {
        return new Sweep(series, List.of(), Map.of(), null, null, "", DEFAULT_BUDGET, null);
    }

    public Sweep keys(String... keyColumns) {
        return new Sweep(series, List.of(keyColumns), columns, source, indicator, grid, budget, kernelNanos);
    }

    /**
     * Reads an indicator input (close, high, ...) from an array column of another name; every input of that
     * name, so renaming {@code close} also moves a default source of close. A {@code timestamp} input reads
     * the array column {@code timestamp} unless renamed (timestamps, dates or epoch milliseconds).
     */
    public Sweep column(String input, String column) {
        Map<String, String> m = new LinkedHashMap<>(columns);
        m.put(input, column);
        return new Sweep(series, keys, m, source, indicator, grid, budget, kernelNanos);
    }

    /**
     * The selectable source (the indicator's first input, where it has one): an array column, or one of hl2,
     * hlc3, ohlc4 and hlcc4, computed from the open, high, low and close arrays where there is no column of that
     * name. By default the indicator's default source, found the same way; the other inputs are always the
     * columns of their names.
     */
    public Sweep source(String columnOrSource) {
        return new Sweep(series, keys, columns, columnOrSource, indicator, grid, budget, kernelNanos);
    }

    public Sweep indicator(String id) {
        return new Sweep(series, keys, columns, source, id, grid, budget, kernelNanos);
    }

    /**
     * The grid as {@code name=start:end:step} ranges, {@code name=v1;v2} lists or single values, comma-separated;
     * a parameter named alone ({@code "period"}) sweeps its default range.
     */
    public Sweep grid(String gridText) {
        return new Sweep(series, keys, columns, source, indicator, gridText, budget, kernelNanos);
    }

    /** The most bytes one task's output matrix may take (default 256 MiB). */
    public Sweep memoryBudget(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("memory budget must be positive, got " + bytes);
        }
        return new Sweep(series, keys, columns, source, indicator, grid, bytes, kernelNanos);
    }

    /**
     * Adds the nanoseconds the tasks spend filling output matrices with the kernels to an accumulator, so that a
     * job can tell its compute time from the rest of its tasks' time (handing the rows on, writing them).
     */
    public Sweep kernelTime(LongAccumulator nanos) {
        return new Sweep(series, keys, columns, source, indicator, grid, budget, nanos);
    }

    /** The number of combos of the grid (validated; nothing is computed). */
    public int combos() {
        return ParamGrid.parse(spec(), grid).size();
    }

    private IndicatorSpec spec() {
        if (indicator == null) {
            throw new IllegalArgumentException("call indicator(id) before run()");
        }
        return Indicators.get(indicator).spec();
    }

    /** Output schema: key columns, parameter columns, output arrays (of double, int or boolean). */
    static StructType resultSchema(IndicatorSpec spec, List<StructField> keyFields) {
        List<StructField> fields = new ArrayList<>(keyFields);
        for (ParamSpec p : spec.params()) {
            fields.add(DataTypes.createStructField(p.name(), paramType(p), false));
        }
        for (int o = 0; o < spec.outputs().size(); o++) {
            fields.add(DataTypes.createStructField(spec.outputs().get(o),
                    TypedOutputs.arrayType(spec.outputTypes().get(o)), false));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType paramType(ParamSpec p) {
        return p.type() == ParamType.INT ? DataTypes.IntegerType
                : p.type() == ParamType.REAL ? DataTypes.DoubleType : DataTypes.StringType;
    }

    /** A parameter value as Spark holds it in the result. */
    static Object paramValue(ParamSpec p, double v) {
        return p.type() == ParamType.INT ? (Object) (int) v
                : p.type() == ParamType.REAL ? (Object) v : UTF8String.fromString(p.format(v));
    }

    /** Writes a parameter value into field j of a result row, unboxed where it is a number. */
    static void setParam(SpecificInternalRow values, int j, ParamSpec p, double v) {
        if (p.type() == ParamType.INT) {
            values.setInt(j, (int) v);
        } else if (p.type() == ParamType.REAL) {
            values.setDouble(j, v);
        } else {
            values.update(j, paramValue(p, v));
        }
    }

    public Dataset<Row> run() {
        IndicatorSpec spec = spec();
        ParamGrid parsed = ParamGrid.parse(spec, grid);
        int combos = parsed.size();
        parsed.combos(0, 1); // validates the first combo early, on the driver
        InputLayout layout = InputLayout.resolve(spec, source, columns, List.of(series.columns()), null);
        List<String> times = new ArrayList<>();
        for (int c = 0; c < layout.columns().size(); c++) {
            if (layout.timesOnly(spec, c)) {
                times.add(layout.columns().get(c));
            }
        }
        TaskSplit split = TaskSplit.of(series, keys, layout.columns(), times, combos);
        List<StructField> keyFields = keys.stream().map(k -> series.schema().apply(k)).toList();
        StructType schema = resultSchema(spec, keyFields);
        return split.run(new Tasks(spec.id(), grid, split.chunk(), combos, budget, keys.size(),
                split.schema(), layout, kernelNanos), schema, true);
    }

    /**
     * The sweep in long format: one row per series, combo and bar, with the key columns, the parameters, the
     * time (read from the array column {@code timeColumn} of the input, aligned with the input arrays) and
     * one double per output.
     */
    public Dataset<Row> runLong(String timeColumn) {
        IndicatorSpec spec = spec();
        List<Column> keyCols = new ArrayList<>();
        keys.forEach(k -> keyCols.add(functions.col(k)));
        List<Column> timeSide = new ArrayList<>(keyCols);
        timeSide.add(functions.col(timeColumn).as("__time"));
        Dataset<Row> joined = run().join(series.select(timeSide.toArray(Column[]::new)),
                CollectionConverters.asScala(keys).toSeq());
        List<Column> zipped = new ArrayList<>();
        zipped.add(functions.col("__time"));
        spec.outputs().forEach(o -> zipped.add(functions.col(o)));
        List<Column> select = new ArrayList<>(keyCols);
        spec.params().forEach(p -> select.add(functions.col(p.name())));
        select.add(functions.explode(functions.arrays_zip(
                zipped.toArray(Column[]::new))).as("__bar"));
        List<Column> flat = new ArrayList<>(keyCols);
        spec.params().forEach(p -> flat.add(functions.col(p.name())));
        flat.add(functions.col("__bar.__time").as(timeColumn));
        spec.outputs().forEach(o -> flat.add(functions.col("__bar." + o).as(o)));
        return joined.select(select.toArray(Column[]::new))
                .select(flat.toArray(Column[]::new));
    }

    /**
     * Runs the (series, chunk) tasks of one partition, emitting rows lazily, each chunk in parts whose
     * matrices fit the budget for that series' length. The rows are UnsafeRows laid out where the kernels
     * wrote the outputs ({@link SweepRowLayout}).
     */
    private record Tasks(String id, String grid, int chunk, int combos, long budget, int keyCount,
                         StructType taskSchema, InputLayout layout, LongAccumulator kernelNanos)
            implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {

        @Override
        public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
            Indicator ind = Indicators.get(id);
            IndicatorSpec spec = ind.spec();
            ParamGrid parsed = ParamGrid.parse(spec, grid);
            SweepRowLayout out = new SweepRowLayout(taskSchema, keyCount, spec);
            return new Iterator<>() {
                private final TaskSplit.Parts parts = new TaskSplit.Parts(rows, taskSchema, keyCount,
                        layout.columns().size(), chunk, combos, budget, 8L * spec.outputs().size());
                private double[][] inputs;
                private boolean started;
                private int row;

                @Override
                public boolean hasNext() {
                    while (!started || row == out.size()) {
                        if (!parts.next()) {
                            return false;
                        }
                        if (parts.startsTask) {
                            inputs = layout.inputs(parts.series);
                        }
                        long start = System.nanoTime();
                        out.compute(ind, parts.task, inputs, parsed.combos(parts.from, parts.to));
                        if (kernelNanos != null) {
                            kernelNanos.add(System.nanoTime() - start);
                        }
                        started = true;
                        row = 0;
                    }
                    return true;
                }

                @Override
                public InternalRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return out.row(row++);
                }
            };
        }
    }
}
