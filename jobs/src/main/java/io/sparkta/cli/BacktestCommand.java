package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.spark.Backtest;
import io.sparkta.spark.arrow.ArrowSource;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code sparkta backtest --fast ID:GRID --slow ID:GRID [--mode long|longshort] [--bars-per-year N]
 * (--input PATH | --demo SYMBOLS:BARS) --output PATH [--top N] [--format parquet|csv|arrow] [--master URL]
 * [--symbol-col C] [--time-col C] [--price-col C]}: one row per series and combo pair with both parameter sets
 * and the metrics; prints the N combos with the best mean Sharpe ratio across series.
 */
final class BacktestCommand extends SparkCommand {
    static final String[] OPTIONS = {"fast", "slow", "mode", "bars-per-year", "input", "demo", "output", "top",
        "format", "master", "symbol-col", "time-col", "price-col"};

    BacktestCommand() {
        super("backtest", OPTIONS);
    }

    /** {@code id:grid}, e.g. {@code alma:period=5:30:1}. */
    private static String[] average(String role, String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new Sparkta.UsageException("--" + role + " takes ID:GRID, for example alma:period=5:30:1, got '"
                    + text + "'");
        }
        return new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    @Override
    int execute(SparkSession spark, CliArgs args, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        return Progress.around(spark, err, "backtest", () -> report(spark, args, out, err, start));
    }

    private int report(SparkSession spark, CliArgs args, PrintStream out, PrintStream err, long start) {
        String[] fast = average("fast", args.required("fast")), slow = average("slow", args.required("slow"));
        String mode = SweepCommand.or(args.option("mode"), "long");
        if (!mode.equals("long") && !mode.equals("longshort")) {
            throw new Sparkta.UsageException("--mode must be long or longshort, got '" + mode + "'");
        }
        double barsPerYear = Double.parseDouble(SweepCommand.or(args.option("bars-per-year"), "252"));
        int top = Integer.parseInt(SweepCommand.or(args.option("top"), "10"));
        String output = args.required("output");
        IndicatorSpec priceSpec = Indicators.get("sma").spec(); // any single-series average: packs the price column
        Dataset<Row> packed = SweepCommand.packed(JobData.prices(spark, args), priceSpec, args);
        String symbol = SweepCommand.or(args.option("symbol-col"), "symbol");
        Dataset<Row> result = Backtest.of(packed).keys(symbol).price(SweepCommand.or(args.option("price-col"), "close"))
                .fast(fast[0], fast[1]).slow(slow[0], slow[1]).longShort(mode.equals("longshort"))
                .barsPerYear(barsPerYear).run();
        JobData.write(result, output, args.option("format"));
        String format = args.option("format");
        Dataset<Row> written = "csv".equals(format)
                ? spark.read().option("header", "true").option("inferSchema", "true").csv(output)
                : JobData.isArrow(output, format) ? spark.read().format(ArrowSource.NAME).load(output)
                : spark.read().parquet(output);
        List<Column> combo = new ArrayList<>();
        for (String c : written.columns()) {
            if (c.startsWith("fast_") || c.startsWith("slow_")) {
                combo.add(functions.col(c));
            }
        }
        Dataset<Row> best = written.groupBy(combo.toArray(Column[]::new))
                .agg(functions.avg("sharpe").as("mean_sharpe"), functions.avg("total_return").as("mean_total_return"),
                        functions.avg("max_drawdown").as("mean_max_drawdown"), functions.count(functions.lit(1))
                                .as("series"))
                .orderBy(functions.col("mean_sharpe").desc_nulls_last()).limit(top);
        long rows = written.count();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "sparkta backtest: %s vs %s (%s), %d result rows in %.1f s -> %s%n", fast[0], slow[0],
                mode, rows, seconds, output);
        PrintWriter w = new PrintWriter(out, true, StandardCharsets.UTF_8);
        out.println("best " + top + " combos by mean Sharpe across series:");
        try {
            SqlCommand.CsvRows.write(best.columns(), best.toLocalIterator(), w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        w.flush();
        return 0;
    }
}
