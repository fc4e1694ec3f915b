package io.sparkta.bench;

import io.sparkta.spark.SparktaExtensions;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Fork;

/**
 * The base of the Spark benchmarks: one fork with the flags a Spark driver needs (Spark's JavaModuleOptions)
 * and the vector module (JMH's class annotations are inherited), and their local session.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g", "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"})
public abstract class SparkBench {
    static final int THREADS = 2;

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
