package io.sparkta.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options sweep and backtest share: the long-format input and its columns, the output and its format, and the
 * size limit.
 */
final class SeriesJobOptions {
    /** Doubles per demo bar the driver may hold at once: the long-format row, the packed arrays, the results. */
    private static final int DEMO_DOUBLES_PER_BAR = 32;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--input", paramLabel = "PATH", description = "Long-format prices: CSV with a header, "
                + "Parquet or Arrow.")
        String path;

        @Option(names = "--demo", paramLabel = "SYMBOLS:BARS", description = "Seeded random walks, e.g. 20:5000.")
        String demo;
    }

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "A folder (Parquet), PATH.csv, PATH.parquet or an Arrow file.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet, csv or arrow (default: the "
            + "output's extension, else parquet).")
    OutputFiles.Format format;

    @Option(names = "--symbol-col", defaultValue = "symbol", paramLabel = "C", description = "Default: symbol.")
    String symbolCol;

    @Option(names = "--time-col", defaultValue = "ts", paramLabel = "C", description = "Default: ts.")
    String timeCol;

    @Option(names = "--price-col", defaultValue = "close", paramLabel = "C", description = "Default: close.")
    String priceCol;

    @Option(names = "--max-rows", paramLabel = "N", description = "Refuse a job of more output rows (default: "
            + "what half the free disk space at the output holds).")
    Long maxRows;

    /** The output's format: {@code --format}, else its extension's. */
    OutputFiles.Format outputFormat() {
        return OutputFiles.format(output, format);
    }

    /** The input files, which no output may replace. */
    List<String> inputs() {
        return source.path == null ? List.of() : List.of(source.path);
    }

    /**
     * Refuses a bad {@code --demo} or {@code --max-rows}, and an output that would replace an input, exists
     * (unless {@code overwrite}) or names no format, before any work.
     */
    void check(boolean overwrite) {
        demo();
        OutputFiles.check(output, inputs(), overwrite);
        outputFormat();
        if (maxRows != null && maxRows < 1) {
            throw new Sparkta.UsageException("--max-rows must be at least 1, got " + maxRows);
        }
    }

    /** The bars of each demo series, known before any work; null for {@code --input}. */
    long[] demoLengths() {
        int[] demo = demo();
        if (demo == null) {
            return null;
        }
        long[] lengths = new long[demo[0]];
        java.util.Arrays.fill(lengths, demo[1]);
        return lengths;
    }

    /** {@code --demo SYMBOLS:BARS} parsed and checked against the heap; null for {@code --input}. */
    int[] demo() {
        if (source.demo == null) {
            return null;
        }
        String[] sb = source.demo.split(":");
        int symbols, bars;
        try {
            symbols = Integer.parseInt(sb[0].trim());
            bars = Integer.parseInt(sb[1].trim());
        } catch (RuntimeException e) {
            throw new Sparkta.UsageException("--demo takes SYMBOLS:BARS, for example 20:5000, got '" + source.demo
                    + "'");
        }
        if (symbols < 1 || bars < 2 || sb.length != 2) {
            throw new Sparkta.UsageException("--demo needs at least 1 symbol and 2 bars, got " + source.demo);
        }
        long limit = Capacity.maxBars(DEMO_DOUBLES_PER_BAR * Double.BYTES);
        if ((long) symbols * bars > limit) {
            throw new Sparkta.UsageException(String.format(Locale.ROOT, "--demo %s: %,d bars in all, at most %,d fit "
                    + "in this JVM's %s heap (raise -Xmx through SPARKTA_JAVA_OPTS for more)", source.demo,
                    (long) symbols * bars, limit, Capacity.bytes(Capacity.maxHeap())));
        }
        return new int[] {symbols, bars};
    }
}
