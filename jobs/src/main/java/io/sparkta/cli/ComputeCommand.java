package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Vectorization;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sparkta compute ID (--input FILE | --demo BARS) [--source NAME] [--param name=value]...
 * [--kernel auto|scalar|simd] --output OUT}: one row per input row, one column per output. The input is a CSV
 * file or an Arrow IPC file or stream holding one series; the output is CSV, or Arrow for an Arrow extension.
 * {@code --source} picks the indicator's selectable first input (a column or hl2, hlc3, ohlc4, hlcc4); the
 * other inputs are always their columns.
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "One indicator over one OHLCV series, without Spark.")
final class ComputeCommand implements Callable<Integer> {
    static final long DEMO_SEED = 42;
    /** The arrays of one demo bar: the six candle columns, the selected inputs and the outputs, with room to spare. */
    private static final int DEMO_DOUBLES_PER_BAR = 32;

    @ParentCommand
    Sparkta root;

    @Parameters(index = "0", paramLabel = "ID", description = "The indicator id (see 'sparkta list').")
    String id;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--input", paramLabel = "FILE", description = "A CSV file or an Arrow file of one series.")
        String file;

        @Option(names = "--demo", paramLabel = "BARS", description = "A seeded random walk of BARS bars.")
        Integer bars;
    }

    @Option(names = "--source", description = "The selectable first input: a column or hl2, hlc3, ohlc4, hlcc4.")
    String source;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter (each at most once).")
    List<String> params = new ArrayList<>();

    @Option(names = "--kernel", defaultValue = "auto", description = "auto, scalar or simd.")
    String kernel;

    @Option(names = "--output", required = true, paramLabel = "OUT",
            description = "OUT.csv, an Arrow file (.arrow, .feather, .ipc, .arrows) or - for standard output.")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing output file.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        Indicator ind = Indicators.get(id);
        IndicatorSpec spec = ind.spec();
        double[] p = params(spec, params);
        Vectorization vectorization = Vectorization.of(kernel);
        boolean arrow = !output.equals("-") && ArrowIpc.isArrow(output);
        if (!output.equals("-") && !arrow && !output.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new Sparkta.UsageException("--output " + output + ": compute writes .csv, .arrow, .feather, .ipc, "
                    + ".arrows or - (standard output); use sweep or sql for Parquet");
        }
        OutputFiles.check(output, input.file == null ? List.of() : List.of(input.file), overwrite);
        Candles candles = candles(input.file, input.bars);
        double[][] inputs = spec.select(candles, source == null ? null : Source.of(source));
        double[][] values = ind.compute(inputs, p, vectorization);
        if (arrow) {
            ArrowResults.write(spec, values, Path.of(output));
        } else if (!CsvOutput.write(output, root.out, w -> write(spec, values, w))) {
            return 0;
        }
        root.err.println("sparkta compute: " + spec.id() + " over " + candles.size() + " bars -> " + output);
        return 0;
    }

    static Candles candles(String file, Integer bars) throws IOException {
        if (file != null) {
            return ArrowIpc.isArrow(file) ? ArrowResults.oneSeries(Path.of(file)) : CsvCandles.read(Path.of(file));
        }
        if (bars < 1) {
            throw new Sparkta.UsageException("--demo needs at least 1 bar, got " + bars);
        }
        long limit = Capacity.maxBars(DEMO_DOUBLES_PER_BAR * Double.BYTES);
        if (bars > limit) {
            throw new Sparkta.UsageException(String.format(Locale.ROOT, "--demo %,d bars: at most %,d fit in this "
                    + "JVM's %s heap (raise -Xmx through SPARKTA_JAVA_OPTS for more)", bars, limit,
                    Capacity.bytes(Capacity.maxHeap())));
        }
        return Candles.randomWalk(bars, DEMO_SEED);
    }

    /** The defaults with each {@code name=value} applied; a parameter given twice is an error. */
    static double[] params(IndicatorSpec spec, List<String> assignments) {
        double[] p = spec.defaults();
        Set<String> seen = new HashSet<>();
        for (String kv : assignments) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new Sparkta.UsageException("--param takes name=value, got '" + kv + "'");
            }
            String name = spec.param(kv.substring(0, eq).trim()).name();
            if (!seen.add(name)) {
                throw new Sparkta.UsageException("--param " + name + " is given more than once; give each parameter "
                        + "once");
            }
            p[spec.paramIndex(name)] = spec.param(name).parse(spec.id(), kv.substring(eq + 1));
        }
        return p;
    }

    /**
     * One column per output: reals as shortest round-trip doubles ({@code NaN} where there is no value), integer
     * outputs as integers and boolean ones as {@code true}/{@code false}, an empty field where they have none
     * (as {@code sparkta sql} writes the null of the same SQL function).
     */
    static void write(IndicatorSpec spec, double[][] values, Writer w) throws IOException {
        CSVPrinter printer = CsvOutput.printer(w);
        printer.printRecord(spec.outputs());
        OutputType[] types = spec.outputTypes().toArray(OutputType[]::new);
        String[] record = new String[values.length];
        int n = values[0].length;
        for (int t = 0; t < n; t++) {
            for (int o = 0; o < values.length; o++) {
                record[o] = format(types[o], values[o][t]);
            }
            printer.printRecord((Object[]) record);
        }
        printer.flush();
    }

    /** A value of an output type as the CSV holds it. */
    static String format(OutputType type, double v) {
        return switch (type) {
            case REAL -> ShortestDouble.format(v);
            case INT -> Double.isNaN(v) ? "" : Long.toString((long) v);
            case BOOL -> Double.isNaN(v) ? "" : v != 0 ? "true" : "false";
        };
    }
}
