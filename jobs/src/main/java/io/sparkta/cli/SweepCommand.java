package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Warmup;
import io.sparkta.spark.Sweep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sparkta sweep --indicator ID --grid GRID (--input PATH | --demo SYMBOLS:BARS) --output PATH
 * [--format parquet|csv|arrow] [--master URL] [--symbol-col C] [--time-col C] [--price-col C] [--source S]}: one
 * row per series and combo with the series key, the parameters and the output arrays (of doubles, or of ints and
 * booleans with nulls for integer and boolean outputs). {@code --source} picks the selectable first input (a
 * column, or hl2, hlc3, ohlc4, hlcc4 computed from the candle columns); a parameter named alone in the grid
 * sweeps its default range.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "A parameter sweep of one indicator over every series: one row per series and combo.")
final class SweepCommand extends SparkCommand {
    /** Keys and parameters of a result row, besides its arrays. */
    private static final int ROW_BYTES = 64;
    /** Combos expanded at once when counting the all-NaN rows. */
    private static final int COMBO_CHUNK = 1 << 16;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator id.")
    String indicator;

    @Option(names = "--grid", required = true, paramLabel = "GRID",
            description = "name=start:end:step, name=v1;v2 or name=value, comma-separated; a name alone sweeps its "
                    + "default range.")
    String grid;

    @Option(names = "--source", paramLabel = "NAME", description = "The selectable first input: a column, or "
            + "hl2, hlc3, ohlc4, hlcc4.")
    String source;

    @Mixin
    SeriesJobOptions input;

    /** The grid, parsed by {@link #check}. */
    private ParamGrid params;

    /** The columns a derived source is computed from (close standing for the price column). */
    private static final Map<String, List<String>> DERIVED = Map.of("hl2", List.of("high", "low"),
            "hlc3", List.of("high", "low", "close"), "ohlc4", List.of("open", "high", "low", "close"),
            "hlcc4", List.of("high", "low", "close"));

    @Override
    SparkJob job() {
        return new Job(null);
    }

    @Override
    void check() {
        input.check(overwrite);
        IndicatorSpec spec = Indicators.get(indicator).spec();
        sourceColumn(spec);
        params = GridCheck.parse(spec, grid);
        long[] demoLengths = input.demoLengths();
        if (demoLengths != null) {
            plan(spec, demoLengths);
        }
    }

    /**
     * Refuses a job over {@code --max-rows} with the estimate, else prints it, and warns when most rows would
     * be all NaN.
     */
    private void plan(IndicatorSpec spec, long[] lengths) {
        int combos = params.size();
        JobPlan plan = new JobPlan("sweep", lengths, combos, bytesPerBar(spec), ROW_BYTES);
        plan.check(input.maxRows, input.output, root.err);
        long allNan = 0;
        for (int from = 0; from < combos; from += COMBO_CHUNK) {
            for (double[] combo : params.combos(from, (int) Math.min(combos, (long) from + COMBO_CHUNK))) {
                allNan += plan.seriesNoLongerThan(warmup(spec, combo));
            }
        }
        plan.warnAllNan(allNan, "their warm-up is as long as the series or longer", root.err);
    }

    /**
     * The selectable source's column: {@code --source} (close meaning the price column), else the indicator's
     * default (its first input); null where the indicator has no selectable source.
     */
    String sourceColumn(IndicatorSpec spec) {
        if (!spec.sourceSelectable()) {
            if (source != null) {
                throw new Sparkta.UsageException(spec.id() + " reads fixed columns " + spec.inputs()
                        + " and takes no --source");
            }
            return null;
        }
        String name = (source == null ? spec.inputs().get(0) : source).trim().toLowerCase(Locale.ROOT);
        return name.equals("close") ? input.priceCol : name;
    }

    /**
     * The long-format columns an indicator reads: the selectable source's column (or the columns a derived source
     * such as hl2 is computed from, where the input has no column of its name) and the fixed columns; the time
     * column, which a {@code timestamp} input reads, is the packing's order.
     */
    static List<String> columns(IndicatorSpec spec, String sourceColumn, SeriesJobOptions input,
            List<String> available) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            String in = spec.inputs().get(i);
            if (i == 0 && sourceColumn != null) {
                if (!available.contains(sourceColumn) && DERIVED.containsKey(sourceColumn)) {
                    DERIVED.get(sourceColumn).forEach(c -> columns.add(c.equals("close") ? input.priceCol : c));
                } else {
                    columns.add(sourceColumn);
                }
            } else if (!in.equals("timestamp")) {
                columns.add(in.equals("close") ? input.priceCol : in);
            }
        }
        return columns.stream().distinct().toList();
    }

    /** Output bytes per bar of one row: 8 per real output, 4 per integer, 1 per boolean. */
    static double bytesPerBar(IndicatorSpec spec) {
        return spec.outputTypes().stream().mapToInt(t -> t == OutputType.REAL ? 8 : t == OutputType.INT ? 4 : 1)
                .sum();
    }

    /** The bars before a combo's first value: the shortest warm-up among the outputs. */
    static int warmup(IndicatorSpec spec, double[] combo) {
        int w = Integer.MAX_VALUE;
        for (Warmup rule : spec.warmups()) {
            w = Math.min(w, rule.at(combo));
        }
        return w;
    }

    /** The work on the prices given (the demo's, shared with another command), else on the input's. */
    final class Job implements SparkJob {
        private final Dataset<Row> given;

        Job(Dataset<Row> prices) {
            given = prices;
        }

        @Override
        public int run(SparkSession spark) {
            IndicatorSpec spec = Indicators.get(indicator).spec();
            Dataset<Row> prices = given != null ? given : JobData.prices(spark, input);
            String sourceColumn = sourceColumn(spec);
            List<String> columns = columns(spec, sourceColumn, input, List.of(prices.columns()));
            Dataset<Row> packed = JobData.packed(prices, columns, input);
            long[] lengths = JobData.lengths(packed, columns.get(0));
            phases.end("input");
            if (input.demoLengths() == null) {
                plan(spec, lengths);
            }
            int combos = params.size();

            LongAccumulator kernelNanos = JobData.kernelClock(spark);
            Sweep sweep = Sweep.of(packed).keys(input.symbolCol).indicator(spec.id()).grid(grid)
                    .column("close", input.priceCol).kernelTime(kernelNanos);
            if (sourceColumn != null) {
                sweep = sweep.source(sourceColumn);
            }
            if (spec.inputs().contains("timestamp")) {
                sweep = sweep.column("timestamp", input.timeCol);
            }
            Dataset<Row> result = sweep.run();
            phases.end("plan");
            JobData.write(result, input.output, input.outputFormat());
            phases.endComputeAndWrite(kernelNanos.value(), spark.sparkContext().defaultParallelism());
            long points = Arrays.stream(lengths).sum();
            root.err.printf(Locale.ROOT, "sparkta sweep: %s over %d series (%d points) x %d combos = %d output rows; "
                    + "%s; %.3g points x combos per second of compute -> %s%n", spec.id(), lengths.length,
                    points, combos, (long) lengths.length * combos, phases, points * (double) combos
                            / phases.seconds("compute"), input.output);
            return 0;
        }
    }
}
