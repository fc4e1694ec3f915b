package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Vectorization;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * {@code sparkta compute ID (--input FILE | --demo BARS) [--source NAME] [--param name=value]...
 * [--kernel auto|scalar|simd] --output OUT}: one row per input row, one column per output. The input is a CSV
 * file or an Arrow IPC file or stream holding one series; the output is CSV, or Arrow for an Arrow extension.
 * {@code --source} picks the indicator's selectable first input (a column or hl2, hlc3, ohlc4, hlcc4); the
 * other inputs are always their columns.
 */
final class ComputeCommand implements Sparkta.Command {
    static final long DEMO_SEED = 42;

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws IOException {
        args.allowOnly("input", "demo", "source", "param", "kernel", "output");
        if (args.positionals().size() != 1) {
            throw new Sparkta.UsageException("expected one indicator id, got " + args.positionals()
                    + " (see 'sparkta list')");
        }
        Indicator ind = Indicators.get(args.positionals().get(0));
        IndicatorSpec spec = ind.spec();
        Candles candles = candles(args);
        String source = args.option("source");
        double[][] inputs = spec.select(candles, source == null ? null : Source.of(source));
        double[] params = params(spec, args);
        Vectorization vectorization = Vectorization.of(args.option("kernel") == null ? "auto" : args.option("kernel"));
        String output = args.required("output");

        double[][] values = ind.compute(inputs, params, vectorization);
        if (output != null && ArrowIpc.isArrow(output)) {
            ArrowResults.write(spec, values, Path.of(output));
            err.println("sparkta compute: " + spec.id() + " over " + candles.size() + " bars -> " + output);
        } else if (CsvOutput.write(output, out, w -> write(spec, values, w))) {
            err.println("sparkta compute: " + spec.id() + " over " + candles.size() + " bars -> " + output);
        }
        return 0;
    }

    static Candles candles(CliArgs args) throws IOException {
        String input = args.option("input"), demo = args.option("demo");
        if ((input == null) == (demo == null)) {
            throw new Sparkta.UsageException("give exactly one of --input FILE (.csv or Arrow) or --demo BARS");
        }
        if (input != null) {
            return ArrowIpc.isArrow(input) ? ArrowResults.oneSeries(Path.of(input)) : CsvCandles.read(Path.of(input));
        }
        int bars;
        try {
            bars = Integer.parseInt(demo);
        } catch (NumberFormatException e) {
            throw new Sparkta.UsageException("--demo takes a number of bars, got '" + demo + "'");
        }
        if (bars < 1) {
            throw new Sparkta.UsageException("--demo needs at least 1 bar, got " + bars);
        }
        return Candles.randomWalk(bars, DEMO_SEED);
    }

    static double[] params(IndicatorSpec spec, CliArgs args) {
        double[] p = spec.defaults();
        for (String kv : args.all("param")) {
            int eq = kv == null ? -1 : kv.indexOf('=');
            if (eq <= 0) {
                throw new Sparkta.UsageException("--param takes name=value, got '" + kv + "'");
            }
            String name = kv.substring(0, eq).trim();
            p[spec.paramIndex(spec.param(name).name())] = spec.param(name).parse(spec.id(), kv.substring(eq + 1));
        }
        return p;
    }

    /**
     * One column per output: reals as shortest round-trip doubles ({@code NaN} where there is no value), integer
     * outputs as integers and boolean ones as {@code true}/{@code false}, an empty field where they have none
     * (as {@code sparkta sql} writes the null of the same SQL function).
     */
    static void write(IndicatorSpec spec, double[][] values, Writer w) throws IOException {
        BufferedWriter b = w instanceof BufferedWriter bw ? bw : new BufferedWriter(w, 1 << 16);
        b.write(String.join(",", spec.outputs()));
        b.write('\n');
        OutputType[] types = spec.outputTypes().toArray(OutputType[]::new);
        int n = values[0].length;
        for (int t = 0; t < n; t++) {
            for (int o = 0; o < values.length; o++) {
                if (o > 0) {
                    b.write(',');
                }
                b.write(format(types[o], values[o][t]));
            }
            b.write('\n');
        }
        b.flush();
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
