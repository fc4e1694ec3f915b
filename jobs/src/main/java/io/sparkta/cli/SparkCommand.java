package io.sparkta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A command that runs on Spark: checks everything it can before a session starts, then runs its job in a
 * session of its own and stops it afterwards.
 */
abstract class SparkCommand implements Callable<Integer> {
    @ParentCommand
    Sparkta root;

    @Option(names = "--master", paramLabel = "URL", description = "Spark's master (default: local[*], or "
            + "spark-submit's).")
    String master;

    @Option(names = "--overwrite", description = "Replace an existing output (never an input).")
    boolean overwrite;

    /** The phases of the job's run, from the start of the session where this command started it. */
    Phases phases = new Phases();

    @Override
    public final Integer call() throws Exception {
        check();
        phases = new Phases();
        return SparkSessions.run("sparkta " + name(), master, phases, Progress.tracked(root.err, name(), job()));
    }

    /** The command's name, as typed. */
    final String name() {
        return getClass().getAnnotation(Command.class).name();
    }

    /** Refuses bad options, outputs and grids before any session starts. */
    abstract void check();

    /** The work, given a session. */
    abstract SparkJob job();
}
