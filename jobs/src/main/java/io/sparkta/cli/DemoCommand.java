package io.sparkta.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sparkta demo [--output DIR] [--demo SYMBOLS:BARS] [--master URL] [--overwrite]}: the main job on generated
 * data, a parameter sweep of ALMA and a fast/slow crossover backtest, in one Spark session.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The main job: a demo sweep and backtest on generated data, in DIR/sweep and DIR/backtest.")
final class DemoCommand extends SparkCommand {
    @Option(names = "--output", defaultValue = "target/demo", paramLabel = "DIR", description = "Default: "
            + "target/demo.")
    String dir;

    @Option(names = "--demo", defaultValue = "20:5000", paramLabel = "SYMBOLS:BARS", description = "Default: "
            + "20:5000.")
    String demo;

    private SweepCommand sweep;
    private BacktestCommand backtest;

    @Override
    void check() {
        sweep = parse(new SweepCommand(), "--indicator", "alma", "--grid", "period=5:50:1,offset=0.85,sigma=6.0",
                "--demo", demo, "--output", dir + "/sweep");
        backtest = parse(new BacktestCommand(), "--fast", "alma:period=5:30:5", "--slow", "sma:period=20:200:20",
                "--demo", demo, "--output", dir + "/backtest", "--top", "5", "--bars-per-year", "2190");
        sweep.check();
        backtest.check();
    }

    /** One of the two commands with these arguments and the demo's own --overwrite. */
    private <C extends SparkCommand> C parse(C command, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (overwrite) {
            all.add("--overwrite");
        }
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(all.toArray(String[]::new));
        command.root = root;
        return command;
    }

    @Override
    SparkJob job() {
        // a class of its own, not a lambda: a lambda's body would be a method of this class, whose signature
        // picocli's reflection would resolve, loading Spark for every command
        return new SparkJob() {
            @Override
            public int run(org.apache.spark.sql.SparkSession spark) throws Exception {
                // one generated input for both: the backtest's packed series are then the sweep's, cached
                org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> prices = JobData.prices(spark, sweep.input);
                sweep.phases = phases; // the session's start is the sweep's first phase
                int status = sweep.new Job(prices).run(spark);
                backtest.phases = new Phases();
                return status != 0 ? status : backtest.new Job(prices).run(spark);
            }
        };
    }
}
