package io.sparkta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparkta.cli.Sparkta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sparkta sweep --master spark://...} on a standalone Master and two Workers whose executors have none
 * of Sparkta's classes: the command ships its own jars, survives an executor JVM killed in the middle of the
 * sweep, and writes what a local run writes.
 */
class StandaloneClusterTest {
    private static final long RUN_SECONDS = 400;
    private static final String[] SWEEP = {"sweep", "--indicator", "trendflex", "--grid", "period=2:61:1",
        "--demo", "3:3000"};

    @TempDir
    Path work;

    @Test
    void aCliSweepSurvivesAnExecutorKilledMidSweepAndEqualsALocalRun() throws Exception {
        Path onCluster = work.resolve("on-cluster"), local = work.resolve("local");
        ExecutorKill kill;
        try (StandaloneCluster cluster = StandaloneCluster.start(work.resolve("cluster"), 2)) {
            kill = new ExecutorKill(cluster);
            // Spark's 200 shuffle partitions on a cluster master would make this small sweep a thousand tasks;
            // the CLI reads spark.* system properties as spark-submit's --conf would pass them
            String partitions = System.setProperty("spark.sql.shuffle.partitions", "4");
            try {
                runSweep(cluster.url(), onCluster, kill);
            } finally {
                restore("spark.sql.shuffle.partitions", partitions);
            }
        }
        assertTrue(kill.killedPid.get() > 0, "no executor JVM was killed; stages seen: " + kill.stages.values());
        assertTrue(kill.failedTasks.get() + kill.removedExecutors.get() > 0,
                "the kill of executor JVM " + kill.killedPid.get() + " went unnoticed by the scheduler");
        runSweep("local[2]", local, null);
        SparkSession spark = SparkSession.builder().appName("StandaloneClusterTest").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            ClusterTest.assertSameRows(spark, onCluster, local, 3 * 60);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the CLI sweep in this JVM (as bin/sparkta runs it), with {@code kill} listening to its session, within
     * a time bound; a run that overstays has its session stopped so that no later test inherits it.
     */
    private static void runSweep(String master, Path output, ExecutorKill kill) throws Exception {
        String[] args = Stream.concat(Stream.of(SWEEP), Stream.of("--master", master, "--output", output.toString()))
                .toArray(String[]::new);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutorService runner = Executors.newFixedThreadPool(2);
        try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Future<Integer> status = runner.submit(() -> Sparkta.run(args, System.out, errStream));
            if (kill != null) {
                runner.submit(() -> kill.attachWhenSessionStarts(master, status));
            }
            int code;
            try {
                code = status.get(RUN_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                SparkSession.getDefaultSession().foreach(s -> {
                    s.stop();
                    return null;
                });
                fail("sparkta sweep on " + master + " ran past " + RUN_SECONDS + " s:\n" + tail(err));
                return;
            }
            assertEquals(0, code, "sparkta sweep on " + master + " failed:\n" + tail(err));
        } finally {
            runner.shutdownNow();
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }

    private static String tail(ByteArrayOutputStream err) {
        String text = err.toString(StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /**
     * Kills (kill -9) the executor JVM that runs the first task of the sweep's output stage, as a crash would, and
     * counts what the scheduler saw of it.
     */
    private static final class ExecutorKill extends SparkListener {
        private final StandaloneCluster cluster;
        private final Map<Integer, String> stages = new ConcurrentHashMap<>();
        private final AtomicLong killedPid = new AtomicLong();
        private final AtomicInteger failedTasks = new AtomicInteger(), removedExecutors = new AtomicInteger();

        ExecutorKill(StandaloneCluster cluster) {
            this.cluster = cluster;
        }

        /** Adds this listener to the CLI's session as soon as it exists (before it runs any job). */
        Void attachWhenSessionStarts(String master, Future<Integer> run) throws InterruptedException {
            while (!run.isDone()) {
                var session = SparkSession.getDefaultSession();
                if (session.isDefined() && session.get().sparkContext().master().equals(master)) {
                    session.get().sparkContext().addSparkListener(this);
                    return null;
                }
                Thread.sleep(5);
            }
            return null;
        }

        @Override
        public void onStageSubmitted(SparkListenerStageSubmitted event) {
            stages.put(event.stageInfo().stageId(), event.stageInfo().name());
        }

        @Override
        public void onTaskStart(SparkListenerTaskStart event) {
            // the sweep runs in the job that writes its output (the CLI writes Parquet)
            if (killedPid.get() == 0 && stages.getOrDefault(event.stageId(), "").startsWith("parquet at")) {
                cluster.executor(event.taskInfo().executorId()).ifPresent(p -> {
                    if (p.destroyForcibly()) {
                        killedPid.set(p.pid());
                    }
                });
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd event) {
            if (!event.taskInfo().successful()) {
                failedTasks.incrementAndGet();
            }
        }

        @Override
        public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
            removedExecutors.incrementAndGet();
        }
    }
}
