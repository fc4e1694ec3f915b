package io.sparkta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.cli.Sparkta;
import io.sparkta.kernels.Candles;
import io.sparkta.spark.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real multi-process cluster: {@code local-cluster[2,1,1024]} runs the master and two workers in the
 * driver and every executor in a JVM of its own.
 */
class ClusterTest {
    private static final String CLUSTER = "local-cluster[2,1,1024]";

    @TempDir
    static Path work;

    private static String fullClasspath;
    private static String sparkClasspath;

    @BeforeAll
    static void prepare() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("sparkta.spark.home"), "jars"));
        fullClasspath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // Spark and its dependencies only: Sparkta's own classes must come from the submitted jar
        sparkClasspath = StandaloneCluster.sparkOnlyClasspath();
    }

    private static SparkSession session(String master) {
        return SparkSession.builder().appName("ClusterTest").master(master)
                .config("spark.default.parallelism", "16") // the sweep then splits into 36 tasks
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.executor.extraClassPath", fullClasspath)
                .getOrCreate();
    }

    /** Both outputs hold the same rows: equal counts, nothing in one that is not in the other, no duplicate. */
    static void assertSameRows(SparkSession spark, Path a, Path b, long expectedRows) {
        Dataset<Row> x = spark.read().parquet(a.toString()), y = spark.read().parquet(b.toString());
        assertEquals(expectedRows, x.count(), "rows in " + a);
        assertEquals(expectedRows, y.count(), "rows in " + b);
        assertEquals(expectedRows, x.distinct().count(), "duplicates in " + a);
        assertEquals(0, x.exceptAll(y).count(), a + " has rows " + b + " lacks");
        assertEquals(0, y.exceptAll(x).count(), b + " has rows " + a + " lacks");
    }

    @Test
    void sparkSubmitOfTheJobsJarGivesTheInProcessOutput() throws Exception {
        Path submitted = work.resolve("submitted"), inProcess = work.resolve("in-process");
        String[] sweep = {"sweep", "--indicator", "smma", "--grid", "period=2:30:1", "--demo", "6:3000"};
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(System.getProperty("sparkta.spark.flags").split(" ")));
        cmd.addAll(List.of("-cp", sparkClasspath, "org.apache.spark.deploy.SparkSubmit",
                "--master", CLUSTER, "--class", "io.sparkta.cli.Sparkta",
                "--conf", "spark.executor.extraClassPath=" + sparkClasspath,
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                System.getProperty("sparkta.jobs.jar")));
        cmd.addAll(Arrays.asList(sweep));
        cmd.addAll(List.of("--output", submitted.toString()));
        Path log = work.resolve("spark-submit.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(finished && p.exitValue() == 0, "spark-submit failed:\n"
                + output.substring(Math.max(0, output.length() - 4000)));
        assertTrue(output.contains("smma over 6 series"), output.substring(Math.max(0, output.length() - 2000)));

        String[] local = Arrays.copyOf(sweep, sweep.length + 4);
        System.arraycopy(new String[] {"--master", "local[2]", "--output", inProcess.toString()}, 0, local,
                sweep.length, 4);
        assertEquals(0, Sparkta.run(local, System.out, System.err));
        SparkSession spark = session("local[2]");
        try {
            assertSameRows(spark, submitted, inProcess, 6 * 29);
        } finally {
            spark.stop();
        }
    }

    @Test
    void aSweepSurvivesAnExecutorKilledInTheMiddle() throws Exception {
        SparkSession spark = session(CLUSTER);
        try {
            List<Row> rows = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                double[] close = Candles.randomWalk(5000, 300 + s).close();
                rows.add(RowFactory.create("S" + s, Arrays.stream(close).boxed().toArray(Double[]::new)));
            }
            Dataset<Row> series = spark.createDataFrame(rows, new StructType().add("symbol", DataTypes.StringType)
                    .add("close", DataTypes.createArrayType(DataTypes.DoubleType)));
            // 6 series on 16 default cores: each grid is cut into 6 chunks (36 tasks), each run in parts of 10
            // combos (the budget), so the kill at the 20th finished task lands in the middle of the sweep
            Sweep sweep = Sweep.of(series).keys("symbol").indicator("trendflex").grid("period=2:201:1")
                    .memoryBudget(10L * 8 * 5010);
            AtomicInteger finished = new AtomicInteger(), failed = new AtomicInteger(), removed = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskInfo().successful()) {
                        if (finished.incrementAndGet() == 20) {
                            killed.set(killOneExecutor());
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                }

                @Override
                public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
                    removed.incrementAndGet();
                }
            });
            Path withKill = work.resolve("with-kill"), clean = work.resolve("clean");
            sweep.run().write().parquet(withKill.toString());
            assertTrue(killed.get(), "no executor JVM was found to kill");
            assertTrue(failed.get() + removed.get() > 0, "the kill went unnoticed by the scheduler");
            sweep.run().write().parquet(clean.toString());
            assertSameRows(spark, withKill, clean, 6 * 200);
        } finally {
            spark.stop();
        }
    }

    /** Kills one executor JVM of this test's cluster (kill -9), as a crash would. */
    private static boolean killOneExecutor() {
        Optional<ProcessHandle> executor = ProcessHandle.current().descendants()
                .filter(ClusterTest::isExecutor).findFirst();
        return executor.map(ProcessHandle::destroyForcibly).orElse(false);
    }

    /** Reads /proc/PID/cmdline: ProcessHandle.Info gives up on command lines as long as Spark's class path. */
    private static boolean isExecutor(ProcessHandle ph) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(ph.pid()), "cmdline"))
                    .contains("CoarseGrainedExecutorBackend");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
