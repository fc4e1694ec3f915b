package io.sparkta.bench;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SQL binding against the raw kernel: {@code SELECT ta_alma(values, 9, 0.85, 6.0)} over 200 cached series
 * of 100,000 points into a noop sink, against the same kernel over the same {@code double[]}s in plain Java
 * on the same 2 threads. To show where time goes: {@code scanOnly} reads the cached arrays without computing,
 * {@code projectArray} also has a projection write each array into a new output row (as it writes a function's
 * result), and {@code sqlSma} is the binding around a kernel cheaper than ALMA's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class BindingOverheadBench extends SparkBench {
    static final int SERIES = 200;
    static final int POINTS = 100_000;

    private SparkSession spark;
    private double[][] series;
    private ExecutorService pool;
    private final Indicator alma = Indicators.get("alma");

    @Setup(Level.Trial)
    public void setup() {
        spark = SparkBench.start("binding-overhead");
        series = new double[SERIES][];
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            series[s] = Candles.randomWalk(POINTS, s).close();
            Double[] boxed = new Double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                boxed[i] = series[s][i];
            }
            rows.add(RowFactory.create(s, boxed));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType)
                .add("values", DataTypes.createArrayType(DataTypes.DoubleType, false));
        // Through Parquet, as real inputs arrive: a DataFrame built from local rows keeps them in its plan, and
        // every query's cache lookup would hash all 20M values on the driver.
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("binding-bench");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        spark.createDataFrame(rows, schema).repartition(SparkBench.THREADS).write().mode("overwrite").parquet(dir.toString());
        spark.read().parquet(dir.toString()).cache().createOrReplaceTempView("series");
        spark.sql("SELECT count(*) FROM series").collect();
        pool = Executors.newFixedThreadPool(SparkBench.THREADS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
        spark.stop();
    }

    @Benchmark
    public void sqlAlma() {
        spark.sql("SELECT ta_alma(values, 9, 0.85, 6.0) FROM series").write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public void scanOnly() {
        spark.sql("SELECT values FROM series").write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public void projectArray() {
        spark.sql("SELECT if(id < 0, NULL, values) FROM series").write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public void sqlSma() {
        spark.sql("SELECT ta_sma(values, 9) FROM series").write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public double plainJavaAlma() throws Exception {
        List<Future<Double>> parts = new ArrayList<>();
        for (int t = 0; t < SparkBench.THREADS; t++) {
            int from = t * SERIES / SparkBench.THREADS, to = (t + 1) * SERIES / SparkBench.THREADS;
            parts.add(pool.submit(() -> {
                double sink = 0;
                double[] p = {9, 0.85, 6.0};
                for (int s = from; s < to; s++) {
                    sink += alma.compute(new double[][] {series[s]}, p, Vectorization.AUTO)[0][POINTS - 1];
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
}
