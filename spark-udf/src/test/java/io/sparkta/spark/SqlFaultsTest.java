package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Indicators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Misuse and bad rows in the SQL functions: window clauses the window form cannot honour and a missing OVER
 * fail at analysis with one line; a column parameter that is invalid on some rows gives NULL on those rows only.
 */
class SqlFaultsTest {
    private static final int BARS = 40;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SqlFaultsTest");
        // long format: symbol A has period 3 on every row, B has period 0 (invalid), C changes period at bar 20
        List<Row> rows = new ArrayList<>();
        for (String symbol : List.of("A", "B", "C")) {
            for (int bar = 0; bar < BARS; bar++) {
                int period = symbol.equals("A") ? 3 : symbol.equals("B") ? 0 : bar == 20 ? 4 : 3;
                rows.add(RowFactory.create(symbol, bar, close(bar), period));
            }
        }
        StructType schema = new StructType().add("symbol", DataTypes.StringType).add("bar", DataTypes.IntegerType)
                .add("close", DataTypes.DoubleType).add("period", DataTypes.IntegerType);
        spark.createDataFrame(rows, schema).repartition(2).createOrReplaceTempView("prices");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static double close(int bar) {
        return 100 + Math.sin(bar * 0.7) * 5 + bar * 0.1;
    }

    private static double[] closes() {
        double[] c = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            c[i] = close(i);
        }
        return c;
    }

    /**
     * The message of an analysis failure raised by spark.sql itself (before any job runs): one line, which
     * Spark's full message (with the plan after it) begins with.
     */
    private static String analysisError(String query) {
        AnalysisException e = assertThrows(AnalysisException.class, () -> spark.sql(query), query);
        assertEquals(1, e.getSimpleMessage().lines().count(), e.getSimpleMessage());
        assertTrue(e.getMessage().startsWith(e.getSimpleMessage()), e.getMessage());
        return e.getSimpleMessage();
    }

    @Test
    void windowFormRefusesWindowsItCannotHonour() {
        String noOrder = analysisError("SELECT ta_alma(close, 3) OVER (PARTITION BY symbol) FROM prices");
        assertTrue(noOrder.startsWith("ta_alma: the window form needs ORDER BY: use ta_alma(...) OVER (PARTITION BY "
                + "key ORDER BY time)"), noOrder);
        for (String frame : new String[] {"ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING",
            "RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING", "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW"}) {
            String m = analysisError("SELECT ta_alma(close, 3) OVER (PARTITION BY symbol ORDER BY bar " + frame
                    + ") FROM prices");
            assertTrue(m.startsWith("ta_alma: the window form runs over the running frame only"), m);
            assertTrue(m.contains(frame.substring(frame.indexOf(' ') + 1)), frame + ": " + m);
        }
        String noOver = analysisError("SELECT ta_alma(close, 3) FROM prices");
        assertTrue(noOver.startsWith("ta_alma over a column is a window function: use it as ta_alma(...) OVER"),
                noOver);
        String grouped = analysisError("SELECT symbol, ta_bollinger_bands(close) FROM prices GROUP BY symbol");
        assertTrue(grouped.startsWith("ta_bollinger_bands over a column is a window function"), grouped);
        // the running frame, implicit or spelled out with ROWS or RANGE, is accepted and computes the indicator
        double[] want = Indicators.get("alma").values(closes(), 3, 0.85, 6.0);
        for (String frame : new String[] {"", " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW",
            " RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"}) {
            double[] got = new double[BARS];
            int i = 0;
            for (Row r : spark.sql("SELECT bar, ta_alma(close, 3) OVER (PARTITION BY symbol ORDER BY bar" + frame
                    + ") AS v FROM prices WHERE symbol = 'A' ORDER BY bar").collectAsList()) {
                got[i++] = r.getDouble(1);
            }
            assertEquals(BARS, i);
            assertArrayEquals(want, got, frame);
        }
    }

    @Test
    void arrayFormGivesNullForARowWithAnInvalidColumnParameter() {
        List<Row> rows = spark.sql("SELECT symbol, ta_alma(closes, period) AS alma FROM (SELECT symbol, "
                + "transform(array_sort(collect_list(struct(bar, close))), x -> x.close) AS closes, "
                + "max(period) AS period FROM prices GROUP BY symbol) ORDER BY symbol").collectAsList();
        assertEquals(List.of("A", "B", "C"), rows.stream().map(r -> r.getString(0)).toList());
        double[] want = Indicators.get("alma").values(closes(), 3, 0.85, 6.0);
        assertArrayEquals(want, SqlFunctionsTest.toDoubles(rows.get(0).get(1)), "a valid row computes");
        assertNull(rows.get(1).get(1), "period 0 on this row: NULL, not a failed job");
        assertArrayEquals(Indicators.get("alma").values(closes(), 4, 0.85, 6.0),
                SqlFunctionsTest.toDoubles(rows.get(2).get(1)), "each row takes its own parameter");
    }

    @Test
    void windowFormGivesNullWhereAColumnParameterIsInvalidOrChanges() {
        double[] want = Indicators.get("alma").values(closes(), 3, 0.85, 6.0);
        List<Row> rows = spark.sql("SELECT symbol, bar, ta_alma(close, period) OVER (PARTITION BY symbol ORDER BY bar) "
                + "AS v FROM prices ORDER BY symbol, bar").collectAsList();
        assertEquals(3 * BARS, rows.size());
        for (Row r : rows) {
            int bar = r.getInt(1);
            switch (r.getString(0)) {
                case "A" -> assertEquals(want[bar], r.getDouble(2), "A bar " + bar);
                case "B" -> assertTrue(r.isNullAt(2), "B has period 0: NULL on each row");
                default -> {
                    // C starts with period 3; bar 20 says 4: NULL there, the stream of period 3 goes on
                    if (bar == 20) {
                        assertTrue(r.isNullAt(2), "C bar 20");
                    } else {
                        assertEquals(want[bar], r.getDouble(2), "C bar " + bar);
                    }
                }
            }
        }
    }
}
