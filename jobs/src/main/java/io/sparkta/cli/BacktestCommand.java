package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.backtest.Crossover;
import io.sparkta.spark.Backtest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sparkta backtest --fast ID:GRID --slow ID:GRID [--mode long|longshort] [--bars-per-year N]
 * (--input PATH | --demo SYMBOLS:BARS) --output PATH [--top N] [--format parquet|csv|arrow] [--master URL]
 * [--symbol-col C] [--time-col C] [--price-col C]}: one row per series and combo pair with both parameter sets
 * and the metrics; prints the N combos with the best mean Sharpe ratio across the series where they traded.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Crossover backtests of every fast/slow pair over every series.")
final class BacktestCommand extends SparkCommand {
    /** Keys, both parameter sets and the metrics of a result row. */
    private static final int ROW_BYTES = 128;

    enum Mode { LONG, LONGSHORT }

    @Option(names = "--fast", required = true, paramLabel = "ID:GRID", description = "e.g. alma:period=5:30:1.")
    String fast;

    @Option(names = "--slow", required = true, paramLabel = "ID:GRID", description = "e.g. sma:period=20:200:5.")
    String slow;

    @Option(names = "--mode", defaultValue = "long", description = "long or longshort (default: long).")
    Mode mode;

    @Option(names = "--bars-per-year", defaultValue = "252", paramLabel = "N",
            description = "Annualises the Sharpe ratio (default: 252).")
    double barsPerYear;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Combos to print (default: 10).")
    int top;

    @Mixin
    SeriesJobOptions input;

    /** The bars before each fast and slow combo's first value, from {@link #check}. */
    private int[] fastWarmups, slowWarmups;

    @Override
    SparkJob job() {
        return new Job(null);
    }

    @Override
    void check() {
        input.check(overwrite);
        if (top < 1) {
            throw new Sparkta.UsageException("--top must be at least 1, got " + top);
        }
        if (!(barsPerYear > 0) || Double.isInfinite(barsPerYear)) {
            throw new Sparkta.UsageException("--bars-per-year must be a number > 0, got " + barsPerYear);
        }
        fastWarmups = warmups("fast", fast);
        slowWarmups = warmups("slow", slow);
        long[] demoLengths = input.demoLengths();
        if (demoLengths != null) {
            plan(demoLengths);
        }
    }

    /** Refuses a job over {@code --max-rows} with the estimate, and warns when most pairs would never trade. */
    private void plan(long[] lengths) {
        JobPlan plan = new JobPlan("backtest", lengths, (long) fastWarmups.length * slowWarmups.length, 0, ROW_BYTES);
        plan.check(input.maxRows, input.output, root.err);
        long neverTrade = 0;
        for (int fw : fastWarmups) {
            for (int sw : slowWarmups) {
                neverTrade += plan.seriesNoLongerThan(Math.max(fw, sw));
            }
        }
        plan.warnAllNan(neverTrade, "a fast or slow warm-up as long as the series or longer leaves no trade",
                root.err);
    }

    /** {@code id:grid}, e.g. {@code alma:period=5:30:1}, split. */
    private static String[] average(String role, String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new Sparkta.UsageException("--" + role + " takes ID:GRID, for example alma:period=5:30:1, got '"
                    + text + "'");
        }
        return new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    private static ParamGrid grid(String role, String text) {
        String[] idGrid = average(role, text);
        return GridCheck.parse(Indicators.get(idGrid[0]).spec(), idGrid[1]);
    }

    /** The bars before an average's first value, per combo; the grid checked. */
    private static int[] warmups(String role, String text) {
        IndicatorSpec spec = Indicators.get(average(role, text)[0]).spec();
        double[][] combos = grid(role, text).combos();
        int[] w = new int[combos.length];
        for (int c = 0; c < combos.length; c++) {
            w[c] = SweepCommand.warmup(spec, combos[c]);
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
            String[] f = average("fast", fast), s = average("slow", slow);
            Dataset<Row> prices = given != null ? given : JobData.prices(spark, input);
            Dataset<Row> packed = JobData.packed(prices, List.of(input.priceCol), input);
            long[] lengths = JobData.lengths(packed, input.priceCol);
            phases.end("input");
            if (input.demoLengths() == null) {
                plan(lengths);
            }

            LongAccumulator kernelNanos = JobData.kernelClock(spark);
            Dataset<Row> result = Backtest.of(packed).keys(input.symbolCol).price(input.priceCol).fast(f[0], f[1])
                    .slow(s[0], s[1]).longShort(mode == Mode.LONGSHORT).barsPerYear(barsPerYear)
                    .kernelTime(kernelNanos).run();
            phases.end("plan");
            OutputFiles.Format written = input.outputFormat();
            JobData.write(result, input.output, written);
            phases.endComputeAndWrite(kernelNanos.value(), spark.sparkContext().defaultParallelism());
            Dataset<Row> rows = JobData.readBack(spark, input.output, written);
            // every series gives one row per pair
            long count = (long) lengths.length * fastWarmups.length * slowWarmups.length;
            PrintWriter w = new PrintWriter(root.out, true, StandardCharsets.UTF_8);
            w.println("best " + top + " combos by mean Sharpe across the series where they traded:");
            try {
                Dataset<Row> best = best(rows, top);
                // the few rows in one job (an iterator over the partitions would run a job per partition)
                CsvRows.write(best.columns(), best.collectAsList().iterator(), w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            w.flush();
            phases.end("ranking");
            root.err.printf(Locale.ROOT, "sparkta backtest: %s vs %s (%s), %d result rows; %s -> %s%n", f[0], s[0],
                    mode.name().toLowerCase(Locale.ROOT), count, phases, input.output);
            return 0;
        }

        /**
         * The {@code top} combos by mean Sharpe ratio over the series where it is defined ({@code traded} counts
         * them); a combo that never traded has no mean and ranks last.
         */
        Dataset<Row> best(Dataset<Row> rows, int top) {
            List<Column> combo = new ArrayList<>();
            for (String c : rows.columns()) {
                if (c.startsWith("fast_") || c.startsWith("slow_")) {
                    combo.add(functions.col(c));
                }
            }
            Column sharpe = functions.col(Crossover.METRICS[1]);
            Column defined = functions.not(functions.isnan(sharpe)).and(sharpe.isNotNull());
            return rows.groupBy(combo.toArray(Column[]::new))
                    .agg(functions.avg(functions.when(defined, sharpe)).as("mean_sharpe"),
                            functions.avg("total_return").as("mean_total_return"),
                            functions.avg("max_drawdown").as("mean_max_drawdown"),
                            functions.count(functions.when(defined, 1)).as("traded"),
                            functions.count(functions.lit(1)).as("series"))
                    .orderBy(functions.col("mean_sharpe").desc_nulls_last()).limit(top);
        }
    }
}
