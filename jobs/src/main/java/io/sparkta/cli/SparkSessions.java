package io.sparkta.cli;

import io.sparkta.spark.SparktaExtensions;
import org.apache.spark.sql.SparkSession;

/** Sessions for the commands that run Spark: embedded local[*] unless a master URL is given. */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession create(String appName, String master) {
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .master(master == null ? "local[*]" : master)
                .config("spark.sql.extensions", SparktaExtensions.class.getName())
                .config("spark.ui.enabled", "false");
        if (master == null || master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
