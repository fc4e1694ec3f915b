package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.backtest.Crossover;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Fast/slow moving-average crossover backtests over every series of a DataFrame (one row per series: keys and
 * a price array), for every pair of a fast and a slow grid, reduced inside the task to the metrics of
 * {@link Crossover}: one row per series and combo pair with the keys, {@code fast_*} and {@code slow_*}
 * parameters and the metrics. Averages are computed once per chunk with the batch kernels; no equity curve
 * or average is ever written out.
 * <pre>{@code
 * Backtest.of(series).keys("symbol").fast("alma", "period=5:30:1").slow("sma", "period=20:200:5").run();
 * }</pre>
 */
public final class Backtest {
    private final Dataset<Row> series;
    private final List<String> keys;
    private final String price;
    private final String fast, fastGrid, slow, slowGrid;
    private final boolean longShort;
    private final double barsPerYear;
    private final long budget;
    private final LongAccumulator kernelNanos;

    private Backtest(Dataset<Row> series, List<String> keys, String price, String fast, String fastGrid, String slow,
                     String slowGrid, boolean longShort, double barsPerYear, long budget, LongAccumulator kernelNanos) {
        this.series = series;
        this.keys = keys;
        this.price = price;
        this.fast = fast;
        this.fastGrid = fastGrid;
        this.slow = slow;
        this.slowGrid = slowGrid;
        this.longShort = longShort;
        this.barsPerYear = barsPerYear;
        this.budget = budget;
        this.kernelNanos = kernelNanos;
    }

    public static Backtest of(Dataset<Row> series) {
        return new Backtest(series, List.of(), "close", null, "", null, "", false, 252, Sweep.DEFAULT_BUDGET, null);
    }

    public Backtest keys(String... keyColumns) {
        return new Backtest(series, List.of(keyColumns), price, fast, fastGrid, slow, slowGrid, longShort, barsPerYear,
                budget, kernelNanos);
    }

    /** The array column of prices (default {@code close}). */
    public Backtest price(String column) {
        return new Backtest(series, keys, column, fast, fastGrid, slow, slowGrid, longShort, barsPerYear, budget, kernelNanos);
    }

    public Backtest fast(String id, String grid) {
        return new Backtest(series, keys, price, id, grid, slow, slowGrid, longShort, barsPerYear, budget, kernelNanos);
    }

    public Backtest slow(String id, String grid) {
        return new Backtest(series, keys, price, fast, fastGrid, id, grid, longShort, barsPerYear, budget, kernelNanos);
    }

    /** Long/short (short below the slow average) instead of long/flat. */
    public Backtest longShort(boolean enabled) {
        return new Backtest(series, keys, price, fast, fastGrid, slow, slowGrid, enabled, barsPerYear, budget, kernelNanos);
    }

    /** Bars per year for the annualised Sharpe ratio (default 252, daily bars). */
    public Backtest barsPerYear(double bars) {
        if (!(bars > 0)) {
            throw new IllegalArgumentException("bars per year must be positive, got " + bars);
        }
        return new Backtest(series, keys, price, fast, fastGrid, slow, slowGrid, longShort, bars, budget, kernelNanos);
    }

    public Backtest memoryBudget(long bytes) {
        return new Backtest(series, keys, price, fast, fastGrid, slow, slowGrid, longShort, barsPerYear, bytes, kernelNanos);
    }

    /**
     * Adds the nanoseconds the tasks spend in the averages' kernels and the crossover evaluations to an
     * accumulator, so that a job can tell its compute time from the rest of its tasks' time.
     */
    public Backtest kernelTime(LongAccumulator nanos) {
        return new Backtest(series, keys, price, fast, fastGrid, slow, slowGrid, longShort, barsPerYear, budget, nanos);
    }

    /** A fast or slow average: a single-series indicator with one output. */
    static IndicatorSpec average(String role, String id) {
        if (id == null) {
            throw new IllegalArgumentException("call " + role + "(id, grid) before run()");
        }
        IndicatorSpec spec = Indicators.get(id).spec();
        if (spec.inputs().size() != 1 || spec.outputs().size() != 1) {
            throw new IllegalArgumentException(role + " indicator " + id + " must take one series and give one output");
        }
        return spec;
    }

    static StructType resultSchema(IndicatorSpec f, IndicatorSpec s, List<StructField> keyFields) {
        List<StructField> fields = new ArrayList<>(keyFields);
        for (ParamSpec p : f.params()) {
            fields.add(DataTypes.createStructField("fast_" + p.name(), Sweep.paramType(p), false));
        }
        for (ParamSpec p : s.params()) {
            fields.add(DataTypes.createStructField("slow_" + p.name(), Sweep.paramType(p), false));
        }
        for (String m : Crossover.METRICS) {
            fields.add(DataTypes.createStructField(m, m.equals("trades") ? DataTypes.IntegerType : DataTypes.DoubleType,
                    false));
        }
        return DataTypes.createStructType(fields);
    }

    public Dataset<Row> run() {
        IndicatorSpec f = average("fast", fast), s = average("slow", slow);
        int fastCombos = ParamGrid.parse(f, fastGrid).size();
        ParamGrid.parse(s, slowGrid).combos(0, 1);
        TaskSplit split = TaskSplit.of(series, keys, List.of(price), fastCombos);
        List<StructField> keyFields = keys.stream().map(k -> series.schema().apply(k)).toList();
        StructType schema = resultSchema(f, s, keyFields);
        return split.run(new Tasks(fast, fastGrid, slow, slowGrid, longShort, barsPerYear, split.chunk(), fastCombos,
                budget, keys.size(), split.schema(), kernelNanos), schema, false);
    }

    /** Writes one pair's parameters and metrics into the appended values. */
    static void fill(SpecificInternalRow values, IndicatorSpec f, double[] fc, IndicatorSpec s, double[] sc,
                     double[] metrics, int at) {
        int j = at;
        for (int i = 0; i < fc.length; i++) {
            Sweep.setParam(values, j++, f.params().get(i), fc[i]);
        }
        for (int i = 0; i < sc.length; i++) {
            Sweep.setParam(values, j++, s.params().get(i), sc[i]);
        }
        for (int m = 0; m < metrics.length; m++) {
            if (m == 3) {
                values.setInt(j++, (int) metrics[m]);
            } else {
                values.setDouble(j++, metrics[m]);
            }
        }
    }

    /**
     * The per-partition work: the configuration travels to the executors with the record. A task's chunk of
     * fast combos runs in parts whose matrix fits the budget, each against the whole slow grid.
     */
    private record Tasks(String fast, String fastGrid, String slow, String slowGrid, boolean longShort,
                         double barsPerYear, int chunk, int fastCombos, long budget, int keyCount,
                         StructType taskSchema, LongAccumulator kernelNanos)
            implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {

        @Override
        public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
            Indicator f = Indicators.get(fast), s = Indicators.get(slow);
            ParamGrid fg = ParamGrid.parse(f.spec(), fastGrid), sg = ParamGrid.parse(s.spec(), slowGrid);
            double[][] slowCombos = sg.combos();
            DataType[] types = java.util.Arrays.stream(resultSchema(f.spec(), s.spec(), List.of()).fields())
                    .map(StructField::dataType).toArray(DataType[]::new);
            AppendedRows emitter = new AppendedRows(taskSchema, keyCount, types);
            double[] metrics = new double[Crossover.METRICS.length];
            return new Iterator<>() {
                private final TaskSplit.Parts parts = new TaskSplit.Parts(rows, taskSchema, keyCount, 1, chunk,
                        fastCombos, budget, 8L);
                private SweepChunk fastRows, slowRows;
                private int pair, pairs;

                @Override
                public boolean hasNext() {
                    while (fastRows == null || pair == pairs) {
                        if (!parts.next()) {
                            return false;
                        }
                        long start = System.nanoTime();
                        if (parts.startsTask) { // the whole slow grid, once per task
                            slowRows = new SweepChunk(s, parts.series, slowCombos, 1, 0);
                        }
                        fastRows = new SweepChunk(f, parts.series, fg.combos(parts.from, parts.to));
                        timed(start);
                        pair = 0;
                        pairs = fastRows.combos.length * slowCombos.length;
                    }
                    return true;
                }

                @Override
                public InternalRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int i = pair / slowCombos.length, j = pair % slowCombos.length;
                    pair++;
                    long start = System.nanoTime();
                    Crossover.evaluate(parts.series[0], fastRows.matrix(0), fastRows.start(i), slowRows.matrix(0),
                            slowRows.start(j), longShort, barsPerYear, metrics);
                    timed(start);
                    fill(emitter.values(), f.spec(), fastRows.combos[i], s.spec(), slowCombos[j], metrics, 0);
                    return emitter.emit(parts.task);
                }

                private void timed(long start) {
                    if (kernelNanos != null) {
                        kernelNanos.add(System.nanoTime() - start);
                    }
                }
            };
        }
    }
}
