package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.spark.SeriesTransform;
import io.sparkta.spark.Sweep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code sparkta sweep --indicator ID --grid GRID (--input PATH | --demo SYMBOLS:BARS) --output PATH
 * [--format parquet|csv|arrow] [--master URL] [--symbol-col C] [--time-col C] [--price-col C]}: one row per series
 * and combo with the series key, the parameters and the output arrays.
 */
final class SweepCommand extends SparkCommand {
    static final String[] OPTIONS = {"indicator", "grid", "input", "demo", "output", "format", "master", "symbol-col",
        "time-col", "price-col"};

    SweepCommand() {
        super("sweep", OPTIONS);
    }

    /** The long-format columns an indicator reads, packed into one array per series and column. */
    static Dataset<Row> packed(Dataset<Row> prices, IndicatorSpec spec, CliArgs args) {
        String symbol = or(args.option("symbol-col"), "symbol"), time = or(args.option("time-col"), "ts");
        List<String> columns = new ArrayList<>();
        for (String in : spec.inputs()) {
            columns.add(in.equals("close") ? or(args.option("price-col"), "close") : in);
        }
        for (String c : columns) {
            if (!List.of(prices.columns()).contains(c)) {
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
        Sweep sweep = Sweep.of(packed).keys(symbol).indicator(spec.id()).grid(grid);
        if (spec.inputs().contains("close")) {
            sweep = sweep.column("close", or(args.option("price-col"), "close"));
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
