package io.sparkta.cli;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code sparkta demo [--output DIR] [--demo SYMBOLS:BARS] [--master URL]}: the main job on generated data, a
 * parameter sweep of ALMA and a fast/slow crossover backtest, in one Spark session.
 */
final class DemoCommand extends SparkCommand {
    DemoCommand() {
        super("demo", "output", "demo", "master");
    }

    @Override
    int execute(SparkSession spark, CliArgs args, PrintStream out, PrintStream err) {
        String dir = SweepCommand.or(args.option("output"), "target/demo");
        String demo = SweepCommand.or(args.option("demo"), "20:5000");
        int status = new SweepCommand().execute(spark, CliArgs.parse(new String[] {"--indicator", "alma",
                "--grid", "period=5:50:1,offset=0.85,sigma=6.0", "--demo", demo, "--output", dir + "/sweep"}), out, err);
        if (status != 0) {
            return status;
        }
        return new BacktestCommand().execute(spark, CliArgs.parse(new String[] {"--fast", "alma:period=5:30:5",
            "--slow", "sma:period=20:200:20", "--demo", demo, "--output", dir + "/backtest", "--top", "5",
            "--bars-per-year", "2190"}), out, err);
    }
}
