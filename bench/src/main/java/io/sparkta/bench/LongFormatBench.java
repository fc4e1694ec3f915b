package io.sparkta.bench;

import io.sparkta.spark.SeriesTransform;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
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
 * SMA(14) on long-format data, 100 symbols x 100,000 rows in shuffled order, cached, into a noop sink:
 * Sparkta's {@link SeriesTransform} against Spark's own
 * {@code avg(close) OVER (PARTITION BY symbol ORDER BY ts ROWS BETWEEN 13 PRECEDING AND CURRENT ROW)}, and the
 * shuffle both need as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LongFormatBench extends SparkBench {
    static final int SYMBOLS = 100;
    static final int BARS = 100_000;

    private SparkSession spark;
    private Dataset<Row> prices;

    @Setup(Level.Trial)
    public void setup() {
        spark = SparkBench.start("long-format");
        prices = spark.range((long) SYMBOLS * BARS)
                .selectExpr("concat('SYM', CAST(id % " + SYMBOLS + " AS STRING)) AS symbol",
                        "timestamp_seconds(1577836800 + (id DIV " + SYMBOLS + ") * 14400) AS ts",
                        "100 + 10 * sin(id / 7919.0) + (id % 13) * 0.01 AS close")
                .orderBy(functions.rand(7))
                .cache();
        prices.count();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spark.stop();
    }

    @Benchmark
    public void sparktaTransform() {
        SeriesTransform.of(prices).by("symbol").orderBy("ts").compute("sma", Map.of("period", 14))
                .write().format("noop").mode("overwrite").save();
    }

    /** The floor both share: hash-partitioning the rows by symbol, no computation. */
    @Benchmark
    public void shuffleOnly() {
        prices.repartition(functions.col("symbol")).write().format("noop").mode("overwrite").save();
    }

    @Benchmark
    public void sparkWindowAvg() {
        prices.withColumn("sma", functions.avg("close").over(Window.partitionBy("symbol").orderBy("ts")
                        .rowsBetween(-13, 0)))
                .write().format("noop").mode("overwrite").save();
    }
}
