package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Crossover backtests through Java and SQL against a plain single-series reference written independently. */
class BacktestTest {
    private static SparkSession spark;
    private static final Map<String, double[]> CLOSES = new HashMap<>();

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("BacktestTest");
        List<Row> rows = new ArrayList<>();
        String[] symbols = {"AAA", "BBB", "CCC"};
        int[] lengths = {800, 1300, 12};
        for (int s = 0; s < symbols.length; s++) {
            double[] close = Candles.randomWalk(lengths[s], 70 + s).close();
            CLOSES.put(symbols[s], close);
            rows.add(RowFactory.create(symbols[s], Arrays.stream(close).boxed().toArray(Double[]::new)));
        }
        spark.createDataFrame(rows, new StructType().add("symbol", DataTypes.StringType)
                .add("close", DataTypes.createArrayType(DataTypes.DoubleType))).createOrReplaceTempView("series");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The reference: averages by the single-series API, an explicit equity curve, two-pass statistics. */
    static double[] reference(double[] close, String fast, double[] fp, String slow, double[] sp, boolean longShort,
                              double barsPerYear) {
        int n = close.length;
        double[] f = average(fast, close, fp), s = average(slow, close, sp);
        int[] position = new int[n];
        for (int t = 0; t < n; t++) {
            boolean valid = !Double.isNaN(f[t]) && !Double.isNaN(s[t]);
            position[t] = !valid ? 0 : f[t] > s[t] ? 1 : longShort ? -1 : 0;
        }
        double[] returns = new double[n - 1];
        double[] equity = new double[n];
        equity[0] = 1;
        int exposed = 0;
        for (int t = 1; t < n; t++) {
            double move = close[t] / close[t - 1] - 1;
            returns[t - 1] = position[t - 1] == 0 || Double.isNaN(move) ? 0 : position[t - 1] * move;
            exposed += position[t - 1] != 0 ? 1 : 0;
            equity[t] = equity[t - 1] * (1 + returns[t - 1]);
        }
        double mean = Arrays.stream(returns).average().orElse(Double.NaN);
        double ss = 0;
        for (double r : returns) {
            ss += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(ss / (returns.length - 1));
        double peak = 1, dd = 0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            dd = Math.max(dd, (peak - e) / peak);
        }
        int trades = 0;
        for (int t = 0; t < n; t++) {
            trades += position[t] != (t == 0 ? 0 : position[t - 1]) ? 1 : 0;
        }
        return new double[] {equity[n - 1] - 1, sd > 0 ? mean / sd * Math.sqrt(barsPerYear) : Double.NaN, dd, trades,
            (double) exposed / (n - 1)};
    }

    private static double[] average(String id, double[] close, double[] params) {
        try {
            return Indicators.get(id).values(close, params);
        } catch (io.sparkta.kernels.IndicatorException e) {
            double[] nan = new double[close.length];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
    }

    private static void check(List<Row> rows, String fast, String fastGrid, String slow, String slowGrid,
                              boolean longShort, double bars) {
        double[][] fc = ParamGrid.parse(Indicators.get(fast).spec(), fastGrid).combos();
        double[][] sc = ParamGrid.parse(Indicators.get(slow).spec(), slowGrid).combos();
        assertEquals(CLOSES.size() * fc.length * sc.length, rows.size(), "one row per series and pair");
        String[] metrics = io.sparkta.kernels.backtest.Crossover.METRICS;
        int checkedTrades = 0;
        for (Row r : rows) {
            double[] fp = params(r, "fast_", Indicators.get(fast).spec());
            double[] sp = params(r, "slow_", Indicators.get(slow).spec());
            double[] want = reference(CLOSES.get((String) r.getAs("symbol")), fast, fp, slow, sp, longShort, bars);
            for (int m = 0; m < metrics.length; m++) {
                double got = ((Number) r.getAs(metrics[m])).doubleValue();
                String where = r.getAs("symbol") + " fast " + Arrays.toString(fp) + " slow " + Arrays.toString(sp)
                        + " " + metrics[m];
                if (Double.isNaN(want[m])) {
                    assertTrue(Double.isNaN(got), where);
                } else {
                    assertEquals(want[m], got, 1e-9 * Math.max(1, Math.abs(want[m])), where);
                }
            }
            checkedTrades += (int) want[3];
        }
        assertTrue(checkedTrades > rows.size(), "the grids must produce trades to test anything");
    }

    private static double[] params(Row r, String prefix, io.sparkta.kernels.IndicatorSpec spec) {
        double[] p = new double[spec.params().size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = ((Number) r.getAs(prefix + spec.params().get(j).name())).doubleValue();
        }
        return p;
    }

    @Test
    void javaApiLongOnlyAndLongShort() {
        var rows = Backtest.of(spark.table("series")).keys("symbol").fast("alma", "period=5:20:5")
                .slow("sma", "period=20:60:20").run().collectAsList();
        check(rows, "alma", "period=5:20:5", "sma", "period=20:60:20", false, 252);
        var ls = Backtest.of(spark.table("series")).keys("symbol").fast("smma", "period=3:9:3")
                .slow("alma", "period=10;30").longShort(true).barsPerYear(2190).memoryBudget(2 * 8 * 1400)
                .run().collectAsList();
        check(ls, "smma", "period=3:9:3", "alma", "period=10;30", true, 2190);
    }

    @Test
    void kernelTimeIsCountedOnlyWhenTheRowsAreComputed() {
        LongAccumulator nanos = spark.sparkContext().longAccumulator("backtest kernel time");
        Dataset<Row> out = Backtest.of(spark.table("series")).keys("symbol").fast("alma", "period=5:20:5")
                .slow("sma", "period=20:60:20").kernelTime(nanos).run();
        assertEquals(0, nanos.value(), "nothing computed while planning");
        check(out.collectAsList(), "alma", "period=5:20:5", "sma", "period=20:60:20", false, 252);
        assertTrue(nanos.value() > 0, "the averages' and crossovers' time, summed over the tasks");
    }

    @Test
    void sqlGenerator() {
        var rows = spark.sql("SELECT symbol, b.* FROM series LATERAL VIEW ta_backtest(close, 'sma', 'period=4:12:4', "
                + "'alma', 'period=30;50', 'longshort', 2190) b").collectAsList();
        check(rows, "sma", "period=4:12:4", "alma", "period=30;50", true, 2190);
        Exception e = assertThrows(Exception.class, () -> spark.sql("SELECT ta_backtest(close, 'sma', 'period=4', "
                + "'bollinger_bands', 'period=20') FROM series").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("must take one series and give one output"),
                SqlFunctionsTest.messages(e));
        e = assertThrows(Exception.class, () -> spark.sql("SELECT ta_backtest(close, 'sma', 'period=4', "
                + "'sma', 'period=20', 'sideways') FROM series").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("'long' or 'longshort'"), SqlFunctionsTest.messages(e));
    }
}
