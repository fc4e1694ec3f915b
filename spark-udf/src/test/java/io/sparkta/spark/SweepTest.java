package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Vectorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sweeps through the Java API (with forced chunking) and SQL, against the batch kernel per series. */
class SweepTest {
    private static SparkSession spark;
    private static Dataset<Row> series;
    private static final Map<String, Candles> DATA = new HashMap<>();
    private static final String[] SYMBOLS = {"AAA", "BBB", "SHORT"};
    private static final int[] LENGTHS = {900, 1500, 30};

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SweepTest");
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < SYMBOLS.length; s++) {
            Candles c = Candles.randomWalk(LENGTHS[s], 40 + s);
            DATA.put(SYMBOLS[s], c);
            rows.add(RowFactory.create(SYMBOLS[s], boxed(c.high()), boxed(c.low()), boxed(c.close())));
        }
        StructType schema = new StructType().add("symbol", DataTypes.StringType)
                .add("high", DataTypes.createArrayType(DataTypes.DoubleType))
                .add("low", DataTypes.createArrayType(DataTypes.DoubleType))
                .add("close", DataTypes.createArrayType(DataTypes.DoubleType));
        series = spark.createDataFrame(rows, schema);
        series.createOrReplaceTempView("series");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Double[] boxed(double[] x) {
        return Arrays.stream(x).boxed().toArray(Double[]::new);
    }

    /** Every result row equals the single call for its series and combo; each (series, combo) exactly once. */
    private static void checkRows(String id, String grid, List<Row> rows) {
        checkRows(id, grid, null, rows);
    }

    /** As above, the indicator reading {@code source} (null: its default) and its outputs of their types. */
    private static void checkRows(String id, String grid, Source source, List<Row> rows) {
        Indicator ind = Indicators.get(id);
        double[][] combos = ParamGrid.parse(ind.spec(), grid).combos();
        assertEquals(SYMBOLS.length * combos.length, rows.size(), "one row per series and combo");
        java.util.Set<String> seen = new java.util.HashSet<>();
        int params = ind.spec().params().size();
        for (Row r : rows) {
            String sym = r.getAs("symbol");
            double[] combo = new double[params];
            for (int j = 0; j < params; j++) {
                var p = ind.spec().params().get(j);
                Object v = r.getAs(p.name());
                combo[j] = v instanceof String s ? p.choiceIndex(s) : ((Number) v).doubleValue();
            }
            assertTrue(seen.add(sym + Arrays.toString(combo)), "duplicate row " + sym + Arrays.toString(combo));
            Candles c = DATA.get(sym);
            double[][] want;
            try {
                want = ind.compute(ind.spec().select(c, source), combo, Vectorization.SCALAR);
            } catch (io.sparkta.kernels.IndicatorException e) {
                assertTrue(e.kind().isDataDependent(), e.getMessage());
                want = new double[ind.spec().outputs().size()][c.size()];
                for (double[] w : want) {
                    Arrays.fill(w, Double.NaN);
                }
            }
            for (int o = 0; o < want.length; o++) {
                assertArrayEquals(want[o], SqlFunctionsTest.toDoubles(r.getAs(ind.spec().outputs().get(o)),
                        ind.spec().outputTypes().get(o)), sym + " " + Arrays.toString(combo));
            }
        }
    }

    @Test
    void javaApiWithChunks() {
        String grid = "period=5:50:5,sigma=4;6";
        Sweep sweep = Sweep.of(series).keys("symbol").indicator("alma").grid(grid);
        assertEquals(20, sweep.combos());
        Dataset<Row> out = sweep.run();
        assertEquals(List.of("symbol", "period", "offset", "sigma", "values"), List.of(out.columns()));
        checkRows("alma", grid, out.collectAsList());
        // a budget of three rows of the longest series forces 7 chunks per series: same rows
        Dataset<Row> chunked = sweep.memoryBudget(3L * 8 * 1510).run();
        checkRows("alma", grid, chunked.collectAsList());
    }

    /**
     * Few series: each one's grid is split over tasks so that both cores get work (through one round-robin
     * exchange). Many series over a partition per core: each task keeps its partition's series whole, with no
     * exchange. Both give the same rows.
     */
    @Test
    void kernelTimeIsCountedOnlyWhenTheRowsAreComputed() {
        LongAccumulator nanos = spark.sparkContext().longAccumulator("sweep kernel time");
        Dataset<Row> out = Sweep.of(series).keys("symbol").indicator("alma").grid("period=5:50:5").kernelTime(nanos)
                .run();
        assertEquals(0, nanos.value(), "nothing computed while planning");
        checkRows("alma", "period=5:50:5", out.collectAsList());
        assertTrue(nanos.value() > 0, "the kernels' time, summed over the tasks");
    }

    @Test
    void tasksFollowTheSeriesAndTheCores() {
        String grid = "period=5:50:1";
        int cores = spark.sparkContext().defaultParallelism();
        Dataset<Row> few = Sweep.of(series).keys("symbol").indicator("sma").grid(grid).run();
        assertTrue(few.rdd().getNumPartitions() >= 2 * cores, "3 series cut into at least two tasks per core");
        assertEquals(1, shuffles(few), "the round-robin split: " + few.rdd().toDebugString());
        checkRows("sma", grid, few.collectAsList());

        Dataset<Row> many = spark.range(4 * cores).crossJoin(series.select("close"))
                .selectExpr("CAST(id AS STRING) || '-' || CAST(size(close) AS STRING) AS symbol", "close")
                .repartition(cores);
        Dataset<Row> whole = Sweep.of(many).keys("symbol").indicator("sma").grid(grid).run();
        assertEquals(cores, whole.rdd().getNumPartitions());
        assertEquals(1, shuffles(whole), "only the input's own repartition: " + whole.rdd().toDebugString());
        assertEquals(4L * cores * 3 * 46, whole.count());
    }

    /** Many cached series, a partition per core: counted from the cache's statistics, planned without a job. */
    @Test
    void planningOverCachedSeriesRunsNoJob() throws Exception {
        int cores = spark.sparkContext().defaultParallelism();
        Dataset<Row> cached = spark.range(4 * cores).crossJoin(series.select("close"))
                .selectExpr("CAST(id AS STRING) || '-' || CAST(size(close) AS STRING) AS symbol", "close",
                        "size(close) AS bars") // a column the sweep does not read: its projection keeps no count
                .repartition(cores).cache();
        cached.count();
        AtomicInteger jobs = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                jobs.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            Dataset<Row> out = Sweep.of(cached).keys("symbol").indicator("sma").grid("period=5:9:1").run();
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertEquals(0, jobs.get(), "jobs run while planning");
            assertEquals(4L * cores * 3 * 5, out.count());
        } finally {
            spark.sparkContext().removeSparkListener(listener);
            cached.unpersist();
        }
    }

    private static int shuffles(Dataset<Row> result) {
        return result.rdd().toDebugString().split("ShuffledRowRDD", -1).length - 1;
    }

    @Test
    void longOutput() {
        Dataset<Row> withTime = series.withColumn("bar", org.apache.spark.sql.functions.expr(
                "sequence(0, size(close) - 1)"));
        Dataset<Row> rows = Sweep.of(withTime).keys("symbol").indicator("sma").grid("period=3;7").runLong("bar");
        assertEquals(List.of("symbol", "period", "bar", "values"), List.of(rows.columns()));
        assertEquals(2L * (LENGTHS[0] + LENGTHS[1] + LENGTHS[2]), rows.count());
        double[] want = Indicators.get("sma").values(DATA.get("BBB").close(), 7);
        List<Row> bbb = rows.where("symbol = 'BBB' AND period = 7").orderBy("bar").collectAsList();
        assertEquals(want.length, bbb.size());
        for (int i = 0; i < want.length; i++) {
            assertEquals(i, bbb.get(i).<Integer>getAs("bar"));
            assertEquals(want[i], bbb.get(i).<Double>getAs("values"), 0.0, "bar " + i);
        }
    }

    @Test
    void laneKernelsMultiOutputAndChoices() {
        checkRows("smma", "period=2:40:1", Sweep.of(series).keys("symbol").indicator("smma").grid("period=2:40:1")
                .run().collectAsList());
        String bb = "period=10;20,matype=sma;alma,devdn=1.5";
        checkRows("bollinger_bands", bb, Sweep.of(series).keys("symbol").indicator("bollinger_bands").grid(bb)
                .memoryBudget(100_000).run().collectAsList());
        checkRows("atr", "length=5:25:10", Sweep.of(series).keys("symbol").indicator("atr").grid("length=5:25:10")
                .run().collectAsList());
    }

    /**
     * Result rows are laid out as UnsafeRows where the kernels wrote them and scanned without Spark's copy;
     * parameters of different byte lengths per combo (the average's name) give prefixes of different sizes.
     * The rows must survive whatever Spark does next: a self-join, a sort and a write.
     */
    @Test
    void resultRowsAreScannedAsLaidOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String grid = "ma_type=sma;supersmoother_3_pole;ema,period=5:9:4";
        Dataset<Row> out = Sweep.of(series).keys("symbol").indicator("ma").grid(grid).run();
        String plan = out.queryExecution().executedPlan().toString();
        assertTrue(plan.contains("UnsafeRowScan") && !plan.contains("ExistingRDD"), plan);
        checkRows("ma", grid, out.collectAsList());
        checkRows("ma", grid, out.orderBy("period", "ma_type", "symbol").collectAsList());
        Dataset<Row> pairs = out.as("a").join(out.as("b"), functions.expr("a.symbol = b.symbol AND a.period = b.period"));
        assertEquals(3L * 3 * 3 * 2, pairs.count(), "a self-join sees two relations");
        out.write().parquet(dir.resolve("sweep").toString());
        checkRows("ma", grid, spark.read().parquet(dir.resolve("sweep").toString()).collectAsList());
        // several outputs, each combo's arrays one after the other in its row: in place (sma) and through
        // arrays (alma), and a series too short for period 40
        String bb = "period=10;40,matype=sma;alma,devup=1.5;2.5";
        Dataset<Row> multi = Sweep.of(series).keys("symbol").indicator("bollinger_bands").grid(bb).run();
        String multiPlan = multi.queryExecution().executedPlan().toString();
        assertTrue(multiPlan.contains("UnsafeRowScan") && !multiPlan.contains("ExistingRDD"), multiPlan);
        checkRows("bollinger_bands", bb, multi.orderBy("symbol", "period").collectAsList());
    }

    /**
     * Integer and boolean outputs are {@code array<int>} / {@code array<boolean>} with nulls (the rows projected,
     * still scanned as they are); the selectable source is the caller's array column or the default one, hl2 here,
     * computed from the high and low arrays; a {@code timestamp} input reads an array of times.
     */
    @Test
    void typedOutputsSourcesAndTimes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String grid = "period=3:9:3";
        Dataset<Row> out = Sweep.of(series).keys("symbol").indicator("ttm_trend").grid(grid).run();
        assertEquals(DataTypes.createArrayType(DataTypes.BooleanType, true), out.schema().apply("values").dataType());
        String plan = out.queryExecution().executedPlan().toString();
        assertTrue(plan.contains("UnsafeRowScan") && !plan.contains("ExistingRDD"), plan);
        List<Row> rows = out.collectAsList();
        checkRows("ttm_trend", grid, rows);
        List<Object> first = rows.get(0).getList(rows.get(0).fieldIndex("values"));
        assertTrue(first.get(0) == null && first.get(first.size() - 1) instanceof Boolean, first.subList(0, 12).toString());
        checkRows("ttm_trend", grid, out.orderBy("period", "symbol").collectAsList());
        out.write().parquet(dir.resolve("trend").toString());
        checkRows("ttm_trend", grid, spark.read().parquet(dir.resolve("trend").toString()).collectAsList());
        checkRows("ttm_trend", grid, Source.CLOSE, Sweep.of(series).keys("symbol").indicator("ttm_trend").grid(grid)
                .source("close").memoryBudget(3L * 8 * 1510).run().collectAsList());
        checkRows("nama", "period=5;20", Source.HL2, Sweep.of(series).keys("symbol").indicator("nama")
                .grid("period=5;20").source("hl2").run().collectAsList());

        Dataset<Row> timed = series.withColumn("timestamp", functions.expr("transform(sequence(0, size(close) - 1), "
                + "i -> timestamp_millis(1577836800000L + i * 14400000L))"));
        Dataset<Row> codes = Sweep.of(timed).keys("symbol").indicator("test_codes").grid("lag=1:4:1").run();
        StructType schema = codes.schema();
        assertEquals(DataTypes.createArrayType(DataTypes.IntegerType, true), schema.apply("direction").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.BooleanType, true), schema.apply("rising").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.DoubleType, false), schema.apply("hours").dataType());
        checkRows("test_codes", "lag=1:4:1", codes.orderBy("symbol", "lag").collectAsList());
        Dataset<Row> long_ = Sweep.of(series).keys("symbol").indicator("ttm_trend").grid("period=5")
                .runLong("close");
        assertEquals(DataTypes.BooleanType, long_.schema().apply("values").dataType());
        assertEquals(LENGTHS[0] + LENGTHS[1] + LENGTHS[2], long_.count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(series).keys("symbol").indicator("ttm_trend").source("ohlc4").run());
        assertTrue(e.getMessage().contains("no column 'open'"), e.getMessage());
    }

    /**
     * The candlestick patterns that take a penetration sweep over it, through the Java API and ta_sweep: integer
     * codes, each row the single call at its penetration, and the penetration changes some row.
     */
    @Test
    void patternsSweepOverPenetration() {
        Map<String, Candles> candles = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String symbol : List.of("AAA", "BBB")) {
            Candles c = gappyCandles(20_000, symbol.hashCode());
            candles.put(symbol, c);
            rows.add(RowFactory.create(symbol, boxed(c.open()), boxed(c.high()), boxed(c.low()), boxed(c.close())));
        }
        StructType schema = new StructType().add("symbol", DataTypes.StringType);
        for (String column : List.of("open", "high", "low", "close")) {
            schema = schema.add(column, DataTypes.createArrayType(DataTypes.DoubleType));
        }
        spark.createDataFrame(rows, schema).createOrReplaceTempView("candles");
        String grid = "penetration=0.1:0.5:0.1";
        Dataset<Row> stars = Sweep.of(spark.table("candles")).keys("symbol").indicator("cdlmorningstar").grid(grid)
                .run();
        assertEquals(DataTypes.createArrayType(DataTypes.IntegerType, true), stars.schema().apply("values")
                .dataType());
        checkPatternRows("cdlmorningstar", grid, candles, stars.collectAsList());
        checkPatternRows("cdldarkcloudcover", grid, candles, spark.sql("SELECT symbol, s.* FROM candles LATERAL VIEW "
                + "ta_sweep('cdldarkcloudcover', '" + grid + "', open, high, low, close) s").collectAsList());
    }

    /** Candles that open away from the previous close, as the star patterns need (a random walk has no gaps). */
    private static Candles gappyCandles(int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n];
        double last = 100;
        for (int t = 0; t < n; t++) {
            open[t] = last * (1 + 0.01 * (random.nextDouble() - 0.5));
            close[t] = open[t] * (1 + 0.04 * (random.nextDouble() - 0.5));
            high[t] = Math.max(open[t], close[t]) * (1 + 0.005 * random.nextDouble());
            low[t] = Math.min(open[t], close[t]) * (1 - 0.005 * random.nextDouble());
            last = close[t];
        }
        return new Candles(new long[n], open, high, low, close, new double[n]);
    }

    /** Each row is the single call at its penetration; for some symbol, two penetrations give different codes. */
    private static void checkPatternRows(String id, String grid, Map<String, Candles> candles, List<Row> rows) {
        Indicator pattern = Indicators.get(id);
        assertEquals(candles.size() * 5, rows.size(), id + ": one row per symbol and penetration");
        Map<String, java.util.Set<List<Object>>> distinct = new HashMap<>();
        for (Row r : rows) {
            String symbol = r.getAs("symbol");
            double penetration = r.<Double>getAs("penetration");
            double[] want = pattern.compute(pattern.spec().select(candles.get(symbol), null),
                    new double[] {penetration}, Vectorization.SCALAR)[0];
            assertArrayEquals(want, SqlFunctionsTest.toDoubles(r.getAs("values"), pattern.spec().outputTypes().get(0)),
                    id + " " + symbol + " penetration " + penetration);
            distinct.computeIfAbsent(symbol, k -> new java.util.HashSet<>()).add(r.getList(r.fieldIndex("values")));
        }
        assertTrue(distinct.values().stream().anyMatch(d -> d.size() > 1),
                id + ": every penetration of " + grid + " gave the same codes");
    }

    /** In SQL: typed arrays, any source array beside the fixed ones, and a parameter's default sweep range. */
    @Test
    void sqlGeneratorTypedSourcesAndDefaultRanges() {
        List<Row> rows = spark.sql("SELECT symbol, s.* FROM series LATERAL VIEW ta_sweep('ttm_trend', 'period=3;5', "
                + "zip_with(high, low, (h, l) -> (h + l) / 2), close) s").collectAsList();
        checkRows("ttm_trend", "period=3;5", rows);
        checkRows("ttm_trend", "period=4", Source.CLOSE, spark.sql("SELECT symbol, s.* FROM series LATERAL VIEW "
                + "ta_sweep('ttm_trend', 'period=4', close, close) s").collectAsList());
        Dataset<Row> directions = spark.sql("SELECT symbol, s.* FROM series LATERAL VIEW "
                + "ta_sweep('test_direction', 'lag', close) s");
        assertEquals(DataTypes.createArrayType(DataTypes.IntegerType, true), directions.schema().apply("values")
                .dataType());
        checkRows("test_direction", "lag=1:4:1", directions.collectAsList());

        // a parameter named alone sweeps its default range: RSI's period 14..263
        Indicator rsi = Indicators.get("rsi");
        assertEquals(250, ParamGrid.parse(rsi.spec(), "period").size());
        List<Row> swept = spark.sql("SELECT symbol, s.* FROM series LATERAL VIEW ta_sweep('rsi', 'period', close) s")
                .collectAsList();
        assertEquals(3 * 250, swept.size());
        checkRows("rsi", "period=14:263:1", swept);
        assertEquals(250, Sweep.of(series).keys("symbol").indicator("rsi").grid("period").combos());
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT ta_sweep('ttm_trend', 'period=3', close) FROM series").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("needs 2 input arrays (source (default hl2), close)"),
                SqlFunctionsTest.messages(e));
    }

    @Test
    void sqlGenerator() {
        String grid = "period=5:50:5,sigma=4;6";
        List<Row> rows = spark.sql("SELECT symbol, s.* FROM series LATERAL VIEW ta_sweep('alma', '" + grid
                + "', close) s").collectAsList();
        checkRows("alma", grid, rows);
        List<Row> inSelect = spark.sql("SELECT symbol, ta_sweep('trendflex', 'period=2:30:4', close) FROM series")
                .collectAsList();
        checkRows("trendflex", "period=2:30:4", inSelect);
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT ta_sweep('alma', 'period=0:5:1', close) FROM series").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("period = 0"), SqlFunctionsTest.messages(e));
        e = assertThrows(Exception.class, () -> spark.sql("SELECT ta_sweep('nope', 'x=1', close) FROM series").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("unknown indicator 'nope'"), SqlFunctionsTest.messages(e));
    }
}
