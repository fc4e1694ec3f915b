package io.sparkta.bench;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import io.sparkta.spark.SeriesTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A user's feature pipeline: daily OHLCV bars of many symbols in Parquet (long format, one row per symbol and
 * bar), 20 common features computed and written back to Parquet in long format (symbol, ts, one column per
 * feature). {@code sparktaSql} computes them with Sparkta's SQL functions in their window form,
 * {@code sparktaArrays} with the array form over series packed per symbol and exploded back,
 * {@code sparkWindows} computes the features Spark's own window functions can express
 * ({@link #SPARK_EXPRESSIBLE}) and {@code sparktaSqlSparkFeatures} those same features through Sparkta's
 * window form, {@code sparkWindowFloor} Spark's read, sort, window and write with {@code row_number()}
 * alone, {@code sparkWriteFloor} and {@code sparkWriteFloorSparkFeatures} the same writing as many cheap double
 * columns as the 20 and the 9 features, {@code sparktaTransform} and
 * {@code sparktaTransformSparkFeatures} the 20 and the 9 through {@code SeriesTransform}'s DataFrame API in one
 * pass; {@code plainJava} runs Sparkta's kernels directly over per-symbol arrays already in memory (the
 * same candles, from the same seeds) on as many threads as the session has and writes Parquet with
 * parquet-hadoop ({@link ParquetRows}). Every benchmark reports the rows it wrote as an auxiliary counter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PipelineBench extends SparkBench {
    /** One feature call: an indicator over input columns with its parameters, one output column per output. */
    record Feature(String id, List<String> inputs, Map<String, Double> params, List<String> columns) {
        Indicator indicator() {
            return Indicators.get(id);
        }

        double[] paramValues() {
            IndicatorSpec spec = indicator().spec();
            double[] values = spec.defaults();
            params.forEach((name, v) -> values[spec.paramIndex(name)] = v);
            return values;
        }

        /** The parameters as literals: whole numbers as ints (periods), others as doubles. */
        Map<String, Object> literalParams() {
            Map<String, Object> literals = new LinkedHashMap<>();
            params.forEach((name, v) -> literals.put(name, v == Math.rint(v) ? (Object) v.intValue() : v));
            return literals;
        }

        /** {@code ta_id(inputs, name => value, ...)}. */
        String call() {
            String named = literalParams().entrySet().stream().map(p -> p.getKey() + " => " + p.getValue())
                    .collect(Collectors.joining(", "));
            return "ta_" + id + "(" + String.join(", ", inputs) + (named.isEmpty() ? "" : ", " + named) + ")";
        }
    }

    private static final String SERIES = "PARTITION BY symbol ORDER BY ts";
    private static final List<String> CLOSE = List.of("close"), HLC = List.of("high", "low", "close");

    /** The 20 feature columns: moving averages, oscillators, bands and volume. */
    static final List<Feature> FEATURES = List.of(
            new Feature("sma", CLOSE, Map.of("period", 20.0), List.of("sma_20")),
            new Feature("sma", CLOSE, Map.of("period", 50.0), List.of("sma_50")),
            new Feature("ema", CLOSE, Map.of("period", 12.0), List.of("ema_12")),
            new Feature("ema", CLOSE, Map.of("period", 26.0), List.of("ema_26")),
            new Feature("rsi", CLOSE, Map.of("period", 14.0), List.of("rsi_14")),
            new Feature("macd", CLOSE, Map.of(), List.of("macd", "macd_signal", "macd_hist")),
            new Feature("atr", HLC, Map.of("length", 14.0), List.of("atr_14")),
            new Feature("bollinger_bands", CLOSE, Map.of("period", 20.0), List.of("bb_upper", "bb_middle",
                    "bb_lower")),
            new Feature("stoch", HLC, Map.of(), List.of("stoch_k", "stoch_d")),
            new Feature("adx", HLC, Map.of("period", 14.0), List.of("adx_14")),
            new Feature("obv", List.of("close", "volume"), Map.of(), List.of("obv")),
            new Feature("willr", HLC, Map.of("period", 14.0), List.of("willr_14")),
            new Feature("cci", CLOSE, Map.of("period", 20.0), List.of("cci_20")),
            new Feature("roc", CLOSE, Map.of("period", 10.0), List.of("roc_10")),
            new Feature("stddev", CLOSE, Map.of("period", 20.0), List.of("stddev_20")));

    /** The feature calls whose every column Spark's window functions express ({@link #sparkWindowColumns}). */
    static final List<String> SPARK_EXPRESSIBLE = List.of("sma_20", "sma_50", "bb_upper", "bb_middle", "bb_lower",
            "obv", "willr_14", "roc_10", "stddev_20");

    private static final StructType CANDLES = new StructType()
            .add("symbol", DataTypes.StringType, false).add("ts", DataTypes.TimestampType, false)
            .add("open", DataTypes.DoubleType, false).add("high", DataTypes.DoubleType, false)
            .add("low", DataTypes.DoubleType, false).add("close", DataTypes.DoubleType, false)
            .add("volume", DataTypes.DoubleType, false);

    @Param("2000")
    public int symbols;

    @Param("2500")
    public int bars;

    private SparkSession spark;
    private Path dir;
    private Path input;
    private Path output;
    /** The plain loop's input: each symbol's candles, as the Parquet input holds them. */
    private List<Candles> candles;

    /** Rows written per operation, for rows per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class RowsWritten {
        public long rows;
    }

    @Setup(Level.Trial)
    public void setup() throws IOException {
        spark = SparkBench.start("pipeline");
        dir = Files.createTempDirectory("sparkta-pipeline");
        input = dir.resolve("candles.parquet");
        output = dir.resolve("features.parquet");
        int barsPerSymbol = bars;
        FlatMapFunction<Long, Row> series = s -> {
            Candles c = Candles.randomWalk(barsPerSymbol, s);
            List<Row> rows = new ArrayList<>(barsPerSymbol);
            String symbol = symbol(s);
            for (int i = 0; i < barsPerSymbol; i++) {
                rows.add(RowFactory.create(symbol, new Timestamp(c.timestamp()[i]), c.open()[i], c.high()[i],
                        c.low()[i], c.close()[i], c.volume()[i]));
            }
            return rows.iterator();
        };
        spark.range(0, symbols, 1, 4 * THREADS).as(Encoders.LONG()).flatMap(series, RowEncoder.encoderFor(CANDLES))
                .write().parquet(input.toString());
        spark.read().parquet(input.toString()).createOrReplaceTempView("candles");
        candles = new ArrayList<>(symbols);
        for (long s = 0; s < symbols; s++) {
            candles.add(Candles.randomWalk(bars, s));
        }
    }

    static String symbol(long s) {
        return String.format(Locale.ROOT, "SYM%04d", s);
    }

    @TearDown(Level.Iteration)
    public void deleteOutput() {
        delete(output);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spark.stop();
        delete(dir);
    }

    /** Deletes a folder this benchmark created, depth first. */
    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void sparktaSql(RowsWritten written) {
        written.rows = write(windowForm(FEATURES));
    }

    @Benchmark
    public void sparktaSqlSparkFeatures(RowsWritten written) {
        written.rows = write(windowForm(FEATURES.stream()
                .filter(f -> SPARK_EXPRESSIBLE.containsAll(f.columns())).toList()));
    }

    /**
     * Spark's floor under the window form: the same read, shuffle, sort and window operator with the most
     * trivial window function, {@code row_number()}, and a write of symbol, ts and that number.
     */
    @Benchmark
    public void sparkWindowFloor(RowsWritten written) {
        written.rows = write("SELECT symbol, ts, row_number() OVER (" + SERIES + ") AS n FROM candles");
    }

    /**
     * Spark's floor under the window form with its output: {@link #sparkWindowFloor} writing as many double
     * columns as {@code sparktaSql} does, each a price plus a multiple of the bar's range (values as unlike
     * each other as indicators' are), so that what {@code sparktaSql} costs above it is the functions' own.
     */
    @Benchmark
    public void sparkWriteFloor(RowsWritten written) {
        written.rows = write(floorQuery(FEATURES.stream().mapToInt(f -> f.columns().size()).sum()));
    }

    /** {@link #sparkWriteFloor} with as many columns as {@link #SPARK_EXPRESSIBLE}: the floor of the other two. */
    @Benchmark
    public void sparkWriteFloorSparkFeatures(RowsWritten written) {
        written.rows = write(floorQuery(SPARK_EXPRESSIBLE.size()));
    }

    static String floorQuery(int columns) {
        List<String> select = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            select.add("close + " + i + " * (high - low) + n AS f" + i);
        }
        return "SELECT symbol, ts, " + String.join(", ", select) + " FROM (SELECT symbol, ts, high, low, close, "
                + "row_number() OVER (" + SERIES + ") AS n FROM candles)";
    }

    /**
     * The DataFrame route: {@code SeriesTransform.compute} with the 15 calls, one shuffle and one sort per series
     * for all of them (no window operator), then the feature columns selected and written.
     */
    @Benchmark
    public void sparktaTransform(RowsWritten written) {
        written.rows = transform(FEATURES);
    }

    @Benchmark
    public void sparktaTransformSparkFeatures(RowsWritten written) {
        written.rows = transform(FEATURES.stream().filter(f -> SPARK_EXPRESSIBLE.containsAll(f.columns())).toList());
    }

    private long transform(List<Feature> features) {
        List<SeriesTransform.Call> calls = new ArrayList<>();
        List<String> select = new ArrayList<>(List.of("symbol", "ts"));
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            Map<String, Object> params = f.literalParams();
            List<String> outputs = f.indicator().spec().outputs();
            if (outputs.size() == 1) {
                calls.add(new SeriesTransform.Call(f.id(), params, f.columns().get(0)));
                select.add(f.columns().get(0));
                continue;
            }
            calls.add(new SeriesTransform.Call(f.id(), params, "f" + i));
            for (int o = 0; o < outputs.size(); o++) {
                select.add("f" + i + "_" + outputs.get(o) + " AS " + f.columns().get(o));
            }
        }
        SeriesTransform.of(spark.table("candles")).by("symbol").orderBy("ts").compute(calls)
                .selectExpr(select.toArray(String[]::new)).write().mode("overwrite").parquet(output.toString());
        return (long) symbols * bars;
    }

    @Benchmark
    public void sparktaArrays(RowsWritten written) {
        written.rows = write(arrayForm());
    }

    @Benchmark
    public void sparkWindows(RowsWritten written) {
        written.rows = write(String.join(", ", sparkWindowColumns()));
    }

    @Benchmark
    public void plainJava(RowsWritten written) throws Exception {
        List<String> columns = FEATURES.stream().flatMap(f -> f.columns().stream()).toList();
        Files.createDirectories(output);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    try (ParquetRows out = new ParquetRows(output.resolve("part-" + thread + ".parquet"),
                            columns)) {
                        long rows = 0;
                        for (int s = thread; s < candles.size(); s += THREADS) {
                            Candles c = candles.get(s);
                            out.write(symbol(s), c.timestamp(), features(c));
                            rows += c.size();
                        }
                        return rows;
                    }
                }));
            }
            long rows = 0;
            for (Future<Long> part : parts) {
                rows += part.get();
            }
            written.rows = rows;
        } finally {
            pool.shutdown();
        }
    }

    /** Every feature column of one symbol, in {@link #FEATURES} order. */
    static double[][] features(Candles c) {
        List<double[]> columns = new ArrayList<>();
        for (Feature f : FEATURES) {
            double[][] in = f.inputs().stream().map(name -> column(c, name)).toArray(double[][]::new);
            columns.addAll(List.of(f.indicator().compute(in, f.paramValues(), Vectorization.AUTO)));
        }
        return columns.toArray(double[][]::new);
    }

    private static double[] column(Candles c, String name) {
        return switch (name) {
            case "high" -> c.high();
            case "low" -> c.low();
            case "close" -> c.close();
            case "volume" -> c.volume();
            default -> throw new IllegalArgumentException("no candle column " + name);
        };
    }

    /** The features in the window form: {@code ta_sma(close, period => 20) OVER w}, structs unpacked. */
    static String windowForm(List<Feature> features) {
        List<String> inner = new ArrayList<>(), outer = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (f.columns().size() == 1) {
                inner.add(f.call() + " OVER w AS " + f.columns().get(0));
                outer.add(f.columns().get(0));
            } else {
                inner.add(f.call() + " OVER w AS f" + i);
                List<String> outputs = f.indicator().spec().outputs();
                for (int o = 0; o < outputs.size(); o++) {
                    outer.add("f" + i + "." + outputs.get(o) + " AS " + f.columns().get(o));
                }
            }
        }
        return "SELECT symbol, ts, " + String.join(", ", outer) + " FROM (SELECT symbol, ts, "
                + String.join(", ", inner) + " FROM candles WINDOW w AS (PARTITION BY symbol ORDER BY ts))";
    }

    /**
     * The features in the array form: one row per symbol with its bars as arrays sorted by time, every
     * {@code ta_*} over the arrays, then one row per bar again ({@code inline(arrays_zip(...))}).
     */
    static String arrayForm() {
        List<String> calls = new ArrayList<>(), named = new ArrayList<>(), columns = new ArrayList<>();
        for (int i = 0; i < FEATURES.size(); i++) {
            Feature f = FEATURES.get(i);
            calls.add(f.call() + " AS f" + i);
            List<String> outputs = f.indicator().spec().outputs();
            for (int o = 0; o < outputs.size(); o++) {
                named.add((outputs.size() == 1 ? "f" + i : "f" + i + "." + outputs.get(o)) + " AS "
                        + f.columns().get(o));
                columns.add(f.columns().get(o));
            }
        }
        return "SELECT symbol, inline(arrays_zip(ts, " + String.join(", ", columns) + ")) FROM (SELECT symbol, ts, "
                + String.join(", ", named) + " FROM (SELECT symbol, ts, " + String.join(", ", calls)
                + " FROM (SELECT symbol, s.ts AS ts, s.high AS high, s.low AS low, s.close AS close, "
                + "s.volume AS volume FROM (SELECT symbol, array_sort(collect_list(struct(ts, high, low, close, "
                + "volume))) AS s FROM candles GROUP BY symbol))))";
    }

    /**
     * Spark's own window functions for {@link #SPARK_EXPRESSIBLE}: averages, population deviations, highest
     * high and lowest low over {@code ROWS BETWEEN n PRECEDING AND CURRENT ROW}, lag for the rate of change and
     * a running sum for on-balance volume; each NULL until its window is full, as Sparkta's are NaN.
     */
    static List<String> sparkWindowColumns() {
        String last20 = "(" + SERIES + " ROWS BETWEEN 19 PRECEDING AND CURRENT ROW)";
        String last14 = "(" + SERIES + " ROWS BETWEEN 13 PRECEDING AND CURRENT ROW)";
        String mean20 = "avg(close) OVER " + last20, dev20 = "stddev_pop(close) OVER " + last20;
        String highest = "max(high) OVER " + last14, lowest = "min(low) OVER " + last14;
        return List.of("SELECT symbol, ts",
                full(20, mean20) + " AS sma_20",
                full(50, "avg(close) OVER (" + SERIES + " ROWS BETWEEN 49 PRECEDING AND CURRENT ROW)") + " AS sma_50",
                full(20, mean20 + " + 2 * " + dev20) + " AS bb_upper",
                full(20, mean20) + " AS bb_middle",
                full(20, mean20 + " - 2 * " + dev20) + " AS bb_lower",
                "sum(signum(close - lag(close) OVER (" + SERIES + ")) * volume) OVER (" + SERIES
                        + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS obv",
                full(14, "-100 * (" + highest + " - close) / (" + highest + " - " + lowest + ")") + " AS willr_14",
                "(close / lag(close, 10) OVER (" + SERIES + ") - 1) * 100 AS roc_10",
                full(20, dev20) + " AS stddev_20 FROM candles");
    }

    private static String full(int period, String value) {
        return "CASE WHEN row_number() OVER (" + SERIES + ") >= " + period + " THEN " + value + " END";
    }

    /** Runs a query into Parquet; the rows written (one per input row). */
    private long write(String query) {
        spark.sql(query).write().mode("overwrite").parquet(output.toString());
        return (long) symbols * bars;
    }
}
