package io.sparkta.cli;

import io.sparkta.spark.SparktaExtensions;
import org.apache.spark.sql.SparkSession;

/** Sessions for the commands that run Spark: embedded local[*] unless a master URL is given. */
final class SparkSessions {
    private SparkSessions() {
    }

    /** Runs a job in a session of its own, stopped afterwards; the session's start is a phase of its own. */
    static int run(String appName, String master, Phases phases, SparkJob job) throws Exception {
        SparkSession spark = create(appName, master);
        phases.end("session start");
        try {
            return job.run(spark);
        } finally {
            spark.stop();
        }
    }

    /** Under spark-submit the master comes from spark-submit; otherwise --master, else local[*]. */
    static SparkSession create(String appName, String master) {
        String submitted = System.getProperty("spark.master");
        String effective = master != null ? master : submitted != null ? submitted : "local[*]";
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .master(effective)
                .config("spark.sql.extensions", SparktaExtensions.class.getName())
                .config("spark.ui.enabled", "false");
        ExecutorJars.ship(b, effective);
        if (effective.startsWith("local")) {
            // a few shuffle partitions per core, not Spark's default 200, for jobs of one machine
            int cores = Runtime.getRuntime().availableProcessors();
            b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 4 * cores)));
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
