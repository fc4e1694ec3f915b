package io.sparkta.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code sparkta} command line, on picocli. Commands that need no Spark ({@code list}, {@code compute}) never
 * load a Spark class, so they start in well under a second: the Spark commands keep their Spark code in classes
 * apart from their options (see {@link SparkCommand}).
 */
@Command(name = "sparkta", mixinStandardHelpOptions = true, version = "sparkta 0.1.0",
        description = "Technical-analysis indicators, parameter sweeps and backtests on Apache Spark.",
        subcommands = {ListCommand.class, ComputeCommand.class, DocsCommand.class, SqlCommand.class,
            SweepCommand.class, BacktestCommand.class, DemoCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Files are told apart by extension: .csv, .parquet (or a folder), and Arrow IPC",
            "(.arrow, .feather and .ipc files, .arrows streams). Nothing that exists is",
            "replaced without --overwrite, and never an input. Usage errors exit with",
            "status 2 and one line; --verbose adds the stack trace of a failure.",
            "'sparkta COMMAND --help' shows a command's options; 'sparkta completion'",
            "prints a bash/zsh completion script."})
public final class Sparkta implements Callable<Integer> {
    /** Thrown for a usage or input problem: printed as one line, exit status 2. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    @Spec
    CommandSpec spec;

    final PrintStream out;
    final PrintStream err;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    boolean verbose;

    Sparkta(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit status (0 ok, 2 usage or input error, 1 unexpected failure). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command tree with Sparkta's error handling: usage and input errors as one line, exit status 2. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Sparkta root = new Sparkta(out, err);
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof UsageException || e instanceof IllegalArgumentException
                || e instanceof UnsupportedOperationException ? 2 : 1);
        cl.setParameterExceptionHandler((ParameterException found, String[] args) -> {
            // picocli checks required options before unknown ones: a typo is the likelier cause of both
            List<String> unmatched = found.getCommandLine().getUnmatchedArguments();
            ParameterException e = found instanceof UnmatchedArgumentException || unmatched.isEmpty() ? found
                    : new UnmatchedArgumentException(found.getCommandLine(), unmatched);
            String suggestion = "";
            if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                suggestion = " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
            }
            err.println(prefix(e.getCommandLine()) + e.getMessage() + suggestion + "; see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            boolean usage = command.getExitCodeExceptionMapper().getExitCode(e) == 2;
            err.println(prefix(command) + (usage ? e.getMessage() : "failed: " + e));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return usage ? 2 : 1;
        });
        return cl;
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    /** {@code sparkta} alone: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return 2;
    }
}
