package io.sparkta.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code sparkta} command line. Commands that need no Spark ({@code list}, {@code compute}) never load
 * a Spark class, so they start in well under a second.
 */
public final class Sparkta {
    /** Thrown for a usage or input problem: printed as one line, exit status 2. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    interface Command {
        int run(CliArgs args, PrintStream out, PrintStream err) throws Exception;
    }

    /** Created on use, so that commands without Spark never load a Spark class. */
    private static final Map<String, Supplier<Command>> COMMANDS = Map.of(
            "list", () -> new ListCommand(),
            "compute", () -> new ComputeCommand(),
            "docs", () -> new DocsCommand(),
            "sql", () -> new SqlCommand(),
            "sweep", () -> new SweepCommand(),
            "backtest", () -> new BacktestCommand(),
            "demo", () -> new DemoCommand());

    private static final String USAGE = String.join("\n",
            "usage: sparkta <command> [options]",
            "  list [--json]                         the indicator catalogue",
            "  compute ID (--input FILE | --demo BARS) [--source NAME] [--param name=value]...",
            "          [--kernel auto|scalar|simd] --output OUT.csv|OUT.arrow|-",
            "                                        one indicator over one OHLCV series",
            "  docs [--output FILE.md]               the indicator table, from the descriptors",
            "  sql \"STATEMENT\" [--table name=PATH]... [--master URL] [--output FILE.csv|FILE.arrow]",
            "                                        SQL with every ta_* function, on an embedded local Spark",
            "  sweep --indicator ID --grid GRID (--input PATH | --demo SYMBOLS:BARS) --output PATH",
            "        [--format parquet|csv|arrow] [--master URL] [--symbol-col C --time-col C --price-col C]",
            "                                        a parameter sweep over every series",
            "  backtest --fast ID:GRID --slow ID:GRID [--mode long|longshort] [--bars-per-year N]",
            "        (--input PATH | --demo SYMBOLS:BARS) --output PATH [--top N] [--format ...] [--master URL]",
            "                                        crossover backtests of every fast/slow pair",
            "  demo [--output DIR] [--demo SYMBOLS:BARS] [--master URL]",
            "                                        the main job: a demo sweep and backtest on generated data",
            "Files are told apart by extension: .csv, .parquet (or a folder), and Arrow IPC: .arrow, .feather and",
            ".ipc files, .arrows streams. An output PATH with an Arrow extension is one file; --format arrow",
            "without one writes a folder of Arrow files, one per partition.");

    private Sparkta() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit status (0 ok, 2 usage or input error, 1 unexpected failure). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Supplier<Command> command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("sparkta: unknown command '" + args[0] + "'\n" + USAGE);
            return 2;
        }
        try {
            return command.get().run(CliArgs.parse(Arrays.copyOfRange(args, 1, args.length)), out, err);
        } catch (UsageException | IllegalArgumentException | UnsupportedOperationException e) {
            err.println("sparkta " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("sparkta " + args[0] + ": failed: " + e);
            return 1;
        }
    }
}
