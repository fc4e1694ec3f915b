package io.sparkta.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Reports finished tasks on long runs, at most every few seconds, on standard error. */
final class Progress extends SparkListener {
    private static final long EVERY_MS = 3_000;
    private final PrintStream err;
    private final String name;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong submitted = new AtomicLong();
    private volatile long lastReport = System.currentTimeMillis();

    Progress(PrintStream err, String name) {
        this.err = err;
        this.name = name;
    }

    /** The job with progress reported for the session's Spark jobs while it runs. */
    static SparkJob tracked(PrintStream err, String name, SparkJob job) {
        return spark -> {
            Progress progress = new Progress(err, name);
            spark.sparkContext().addSparkListener(progress);
            try {
                return job.run(spark);
            } finally {
                spark.sparkContext().removeSparkListener(progress);
            }
        };
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted stage) {
        submitted.addAndGet(stage.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        long d = done.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - lastReport >= EVERY_MS) {
            lastReport = now;
            err.println("sparkta " + name + ": " + d + " of " + submitted.get() + " tasks done");
        }
    }
}
