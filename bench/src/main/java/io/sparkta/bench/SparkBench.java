package io.sparkta.bench;

import io.sparkta.spark.SparktaExtensions;
import org.apache.spark.sql.SparkSession;

/** The local Spark session the Spark benchmarks use: 2 threads, loopback, no UI. */
final class SparkBench {
    static final int THREADS = 2;

    private SparkBench() {
    }

    static SparkSession start(String app) {
        SparkSession spark = SparkSession.builder().appName(app).master("local[" + THREADS + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "16")
                .config("spark.sql.extensions", SparktaExtensions.class.getName())
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
