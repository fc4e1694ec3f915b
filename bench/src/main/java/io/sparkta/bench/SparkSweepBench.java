package io.sparkta.bench;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Vectorization;
import io.sparkta.spark.Backtest;
import io.sparkta.spark.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
 * Sweeps on Spark against the raw batch kernel: 16 or 64 (or, with {@code -p series=256}, 256) cached series of 100,000 points (written to and read
 * from Parquet first), ALMA (or another indicator, {@code indicator}) period 5..50 (46
 * combos), noop sink; the same batches in plain Java on as many threads as the master has cores. Backtests:
 * ALMA 5..30 against SMA 20..200 step 5 (26 x 37 pairs) over the same series, cut to 10,000 bars.
 * {@code master} compares one and two executor threads ({@code local[N]}) or executor JVMs
 * ({@code cluster[N]}, that is {@code local-cluster[N,1,4096]}: Master, Workers and driver in this JVM, each
 * executor a JVM of its own with one core and 3 GB; the shell that starts JMH sets {@code SPARK_HOME} to a
 * folder with an empty {@code jars/}, {@code SPARK_SCALA_VERSION=2.13}, {@code SPARK_LOCAL_IP=127.0.0.1} and
 * {@code SPARK_DIST_CLASSPATH} to the benchmark's class path, which executors start with, see
 * docs/performance.md); the raw kernel runs on as many threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SparkSweepBench extends SparkBench {
    static final int POINTS = 100_000, BACKTEST_BARS = 10_000;
    static final String GRID = "period=5:50:1";

    @Param({"local[1]", "local[2]"})
    public String master;

    @Param({"16", "64"})
    public int series;

    /** The swept indicator: one output (alma) or three (bollinger_bands), over its first parameter. */
    @Param({"alma"})
    public String indicator;

    private SparkSession spark;
    private Dataset<Row> longSeries, shortSeries;
    private double[][] closes;
    private ExecutorService pool;
    private int threads;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        boolean cluster = master.startsWith("cluster");
        threads = Integer.parseInt(master.replaceAll("^\\w+\\[(\\d+)\\]$", "$1"));
        spark = SparkSession.builder().appName("sweep-bench")
                .master(cluster ? "local-cluster[" + threads + ",1,4096]" : master)
                .config("spark.executor.extraJavaOptions", "--add-modules=jdk.incubator.vector")
                .config("spark.executor.memory", "3g")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "16")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        closes = new double[series][];
        List<Row> rows = new ArrayList<>(), shortRows = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            closes[s] = Candles.randomWalk(POINTS, 500 + s).close();
            Double[] boxed = new Double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                boxed[i] = closes[s][i];
            }
            rows.add(RowFactory.create(s, boxed));
            shortRows.add(RowFactory.create(s, java.util.Arrays.copyOf(boxed, BACKTEST_BARS)));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType)
                .add("close", DataTypes.createArrayType(DataTypes.DoubleType, false));
        // Through Parquet, as real inputs arrive: a DataFrame built from local rows keeps them in its plan, and
        // every query's cache lookup would hash all the boxed values on the driver.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sweep-bench");
        spark.createDataFrame(rows, schema).repartition(4).write().parquet(dir.resolve("long").toString());
        spark.createDataFrame(shortRows, schema).repartition(4).write().parquet(dir.resolve("short").toString());
        longSeries = spark.read().parquet(dir.resolve("long").toString()).cache();
        shortSeries = spark.read().parquet(dir.resolve("short").toString()).cache();
        longSeries.count();
        shortSeries.count();
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
        spark.stop();
    }

    @Benchmark
    public void sparkSweep() {
        Sweep.of(longSeries).keys("id").indicator(indicator).grid(GRID).run().write().format("noop").mode("overwrite")
                .save();
    }

    /** The raw batch kernel over the same arrays, series split over the same number of threads. */
    @Benchmark
    public double plainBatch() throws Exception {
        Indicator ind = Indicators.get(indicator);
        double[][] combos = ParamGrid.parse(ind.spec(), GRID).combos();
        int outputs = ind.spec().outputs().size();
        List<Future<Double>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t * series / threads, to = (t + 1) * series / threads;
            parts.add(pool.submit(() -> {
                double[][] matrix = new double[outputs][combos.length * POINTS];
                double sink = 0;
                for (int s = from; s < to; s++) {
                    ind.batchInto(new double[][] {closes[s]}, combos, BatchOptions.serial(Vectorization.AUTO), matrix);
                    sink += matrix[0][matrix[0].length - 1];
                }
                return sink;
            }));
        }
        double sink = 0;
        for (Future<Double> f : parts) {
            sink += f.get();
        }
        return sink;
    }

    /** Time spent in each half of {@link #pairedShots}, summed over an iteration's calls. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairedTimes {
        public double plainMs, sweepMs;

        @Setup(Level.Iteration)
        public void clear() {
            plainMs = 0;
            sweepMs = 0;
        }
    }

    /**
     * The raw kernel and the sweep one after the other in the same JVM, call after call, so that their ratio
     * is taken under the same JIT state and the same moment's noise (separate benchmarks run in separate
     * forks, whose kernels the JIT may compile differently): {@code sweepMs / plainMs} is the overhead.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 6, time = 5)
    public void pairedShots(PairedTimes times) throws Exception {
        long start = System.nanoTime();
        plainBatch();
        long between = System.nanoTime();
        sparkSweep();
        times.plainMs += (between - start) / 1e6;
        times.sweepMs += (System.nanoTime() - between) / 1e6;
    }

    @Benchmark
    public void sparkBacktest() {
        Backtest.of(shortSeries).keys("id").fast("alma", "period=5:30:1").slow("sma", "period=20:200:5")
                .run().write().format("noop").mode("overwrite").save();
    }
}
