package io.sparkta.spark;

import org.apache.spark.sql.SparkSession;

/** The local session the tests share: loopback only, no UI, few shuffle partitions. */
public final class LocalSpark {
    private LocalSpark() {
    }

    public static SparkSession start(String appName) {
        SparkSession spark = SparkSession.builder()
                .appName(appName)
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.extensions", SparktaExtensions.class.getName())
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
