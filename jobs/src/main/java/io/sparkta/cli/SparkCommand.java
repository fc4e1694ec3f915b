package io.sparkta.cli;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/** A command that runs on Spark: checks its options, runs in its own session, and stops it afterwards. */
abstract class SparkCommand implements Sparkta.Command {
    private final String name;
    private final String[] options;

    SparkCommand(String name, String... options) {
        this.name = name;
        this.options = options;
    }

    @Override
    public final int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(options);
        SparkSession spark = SparkSessions.create("sparkta " + name, args.option("master"));
        try {
            return execute(spark, args, out, err);
        } finally {
            spark.stop();
        }
    }

    /** Runs the command in a session that another command may share (see {@link DemoCommand}). */
    abstract int execute(SparkSession spark, CliArgs args, PrintStream out, PrintStream err);
}
