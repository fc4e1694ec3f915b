package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.spark.SeriesTransform;
import io.sparkta.spark.Sweep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code sparkta sweep --indicator ID --grid GRID (--input PATH | --demo SYMBOLS:BARS) --output PATH
 * [--format parquet|csv|arrow] [--master URL] [--symbol-col C] [--time-col C] [--price-col C] [--source S]}: one
 * row per series and combo with the series key, the parameters and the output arrays (of doubles, or of ints and
 * booleans with nulls for integer and boolean outputs). {@code --source} picks the selectable first input (a
 * column, or hl2, hlc3, ohlc4, hlcc4 computed from the candle columns); a parameter named alone in the grid
 * sweeps its default range.
 */
final class SweepCommand extends SparkCommand {
    static final String[] OPTIONS = {"indicator", "grid", "input", "demo", "output", "format", "master", "symbol-col",
        "time-col", "price-col", "source"};

    SweepCommand() {
        super("sweep", OPTIONS);
    }

    /** The columns a derived source is computed from (close standing for the price column). */
    private static final Map<String, List<String>> DERIVED = Map.of("hl2", List.of("high", "low"),
            "hlc3", List.of("high", "low", "close"), "ohlc4", List.of("open", "high", "low", "close"),
            "hlcc4", List.of("high", "low", "close"));

    /**
     * The selectable source's column: {@code --source} (close meaning the price column), else the indicator's
     * default (its first input); null where the indicator has no selectable source.
     */
    static String source(IndicatorSpec spec, CliArgs args) {
        String source = args.option("source");
        if (!spec.sourceSelectable()) {
            if (source != null) {
                throw new Sparkta.UsageException(spec.id() + " reads fixed columns " + spec.inputs()
                        + " and takes no --source");
            }
            return null;
        }
        String name = (source == null ? spec.inputs().get(0) : source).trim().toLowerCase(Locale.ROOT);
        return name.equals("close") ? or(args.option("price-col"), "close") : name;
    }

    /**
     * The long-format columns an indicator reads, packed into one array per series and column: the selectable
     * source's column (or the columns a derived source such as hl2 is computed from, where the input has no
     * column of its name), the fixed columns, and the time column, which a {@code timestamp} input reads.
     */
    static Dataset<Row> packed(Dataset<Row> prices, IndicatorSpec spec, CliArgs args) {
        String symbol = or(args.option("symbol-col"), "symbol"), time = or(args.option("time-col"), "ts");
        String price = or(args.option("price-col"), "close");
        List<String> available = List.of(prices.columns());
        List<String> columns = new ArrayList<>();
        String source = source(spec, args);
        for (int i = 0; i < spec.inputs().size(); i++) {
            String in = spec.inputs().get(i);
            if (i == 0 && source != null) {
                if (!available.contains(source) && DERIVED.containsKey(source)) {
                    DERIVED.get(source).forEach(c -> columns.add(c.equals("close") ? price : c));
                } else {
                    columns.add(source);
                }
            } else if (!in.equals("timestamp")) {
                columns.add(in.equals("close") ? price : in);
            }
        }
        for (String c : columns) {
            if (!available.contains(c)) {
                throw new Sparkta.UsageException("input has no column '" + c + "' (columns: "
                        + String.join(", ", prices.columns()) + ")");
            }
        }
        return SeriesTransform.pack(prices, List.of(symbol), time, columns.stream().distinct().toList()).cache();
    }

    static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    int execute(SparkSession spark, CliArgs args, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        return Progress.around(spark, err, "sweep", () -> report(spark, args, out, err, start));
    }

    private int report(SparkSession spark, CliArgs args, PrintStream out, PrintStream err, long start) {
        IndicatorSpec spec = Indicators.get(args.required("indicator")).spec();
        String grid = args.required("grid");
        String output = args.required("output");
        Dataset<Row> packed = packed(JobData.prices(spark, args), spec, args);
        String symbol = or(args.option("symbol-col"), "symbol");
        Sweep sweep = Sweep.of(packed).keys(symbol).indicator(spec.id()).grid(grid)
                .column("close", or(args.option("price-col"), "close"));
        String source = source(spec, args);
        if (source != null) {
            sweep = sweep.source(source);
        }
        if (spec.inputs().contains("timestamp")) {
            sweep = sweep.column("timestamp", or(args.option("time-col"), "ts"));
        }
        int combos = sweep.combos();
        Dataset<Row> result = sweep.run();
        JobData.write(result, output, args.option("format"));
        Row stats = packed.agg(functions.count(functions.lit(1)),
                functions.sum(functions.size(functions.col(packed.columns()[2])))).first();
        long series = stats.getLong(0), points = stats.isNullAt(1) ? 0 : stats.getLong(1);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "sparkta sweep: %s over %d series (%d points) x %d combos = %d output rows in %.1f s, "
                + "%.3g points x combos per second -> %s%n", spec.id(), series, points, combos, series * combos,
                seconds, points * (double) combos / seconds, output);
        return 0;
    }
}
