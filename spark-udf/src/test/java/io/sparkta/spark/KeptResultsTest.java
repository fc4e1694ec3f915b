package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries that keep a function's result of one row while later rows are computed (aggregates that collect,
 * compare or keep the first value, cached results, results of several outputs) get every row's own result.
 */
class KeptResultsTest {
    private static final int SERIES = 6;
    private static final int POINTS = 3000;

    private static SparkSession spark;
    private static double[][] closes;
    private static final Indicator ALMA = Indicators.get("alma");
    private static final Indicator BOLLINGER = Indicators.get("bollinger_bands");

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("KeptResultsTest");
        closes = new double[SERIES][];
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            closes[s] = Candles.randomWalk(POINTS, 100 + s).close();
            rows.add(RowFactory.create(s, s % 2, Arrays.stream(closes[s]).boxed().toArray(Double[]::new)));
        }
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("grp", DataTypes.IntegerType)
                .add("close", DataTypes.createArrayType(DataTypes.DoubleType, false));
        // One partition, so that one task (one expression instance) computes every row in turn.
        spark.createDataFrame(rows, schema).coalesce(1).cache().createOrReplaceTempView("kept");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static double[] alma(int s) {
        return ALMA.values(closes[s], 9, 0.85, 6.0);
    }

    @Test
    void collectListKeepsEveryRowsResult() {
        List<Row> out = spark.sql("SELECT grp, collect_list(struct(id, ta_alma(close, 9, 0.85, 6.0))) "
                + "FROM kept GROUP BY grp ORDER BY grp").collectAsList();
        int seen = 0;
        for (Row group : out) {
            for (Object o : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) group.get(1))) {
                Row item = (Row) o;
                assertArrayEquals(alma(item.getInt(0)), SqlFunctionsTest.toDoubles(item.get(1)),
                        "series " + item.getInt(0));
                seen++;
            }
        }
        assertEquals(SERIES, seen);
    }

    @Test
    void firstAndMaxKeepTheirRowsResult() {
        Row out = spark.sql("SELECT first(ta_alma(close, 9, 0.85, 6.0)), max(ta_alma(close, 9, 0.85, 6.0)), "
                + "min(ta_alma(close, 9, 0.85, 6.0)) FROM (SELECT * FROM kept ORDER BY id)").first();
        List<double[]> all = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            all.add(alma(s));
        }
        Comparator<double[]> order = KeptResultsTest::compareArrays;
        assertArrayEquals(alma(0), SqlFunctionsTest.toDoubles(out.get(0)), "first");
        assertArrayEquals(all.stream().max(order).orElseThrow(), SqlFunctionsTest.toDoubles(out.get(1)), "max");
        assertArrayEquals(all.stream().min(order).orElseThrow(), SqlFunctionsTest.toDoubles(out.get(2)), "min");
    }

    @Test
    void cachedResultsAndSeveralOutputsStayPerRow() {
        spark.sql("SELECT id, ta_alma(close, 9, 0.85, 6.0) AS a, ta_bollinger_bands(close) AS bb FROM kept")
                .cache().createOrReplaceTempView("kept_results");
        List<Row> out = spark.sql("SELECT id, a, bb FROM kept_results ORDER BY id").collectAsList();
        assertEquals(SERIES, out.size());
        for (Row r : out) {
            int s = r.getInt(0);
            assertArrayEquals(alma(s), SqlFunctionsTest.toDoubles(r.get(1)), "alma of series " + s);
            double[][] want = BOLLINGER.compute(new double[][] {closes[s]}, BOLLINGER.spec().defaults(),
                    Vectorization.SCALAR);
            double[][] got = SqlFunctionsTest.outputs(BOLLINGER, r.get(2));
            for (int o = 0; o < want.length; o++) {
                assertArrayEquals(want[o], got[o], "bollinger output " + o + " of series " + s);
            }
        }
    }

    @Test
    void windowAggregatesKeepTheirRowsResult() {
        List<Row> out = spark.sql("SELECT id, first(ta_alma(close, 9, 0.85, 6.0)) OVER (ORDER BY id), "
                + "max(ta_alma(close, 9, 0.85, 6.0)) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) "
                + "FROM kept ORDER BY id").collectAsList();
        for (Row r : out) {
            int s = r.getInt(0);
            assertArrayEquals(alma(0), SqlFunctionsTest.toDoubles(r.get(1)), "first up to series " + s);
            double[] max = s == 0 || compareArrays(alma(s), alma(s - 1)) > 0 ? alma(s) : alma(s - 1);
            assertArrayEquals(max, SqlFunctionsTest.toDoubles(r.get(2)), "max of series " + s + " and the one before");
        }
    }

    /** A higher-order function keeps each result of its lambda: each must be its own element's. */
    @Test
    void lambdaResultsStayPerElement() {
        List<Row> out = spark.sql("SELECT id, transform(array(close, reverse(close)), a -> ta_sma(a, 3)), "
                + "zip_with(array(close), array(reverse(close)), (a, b) -> ta_sma(b, 5)) FROM kept ORDER BY id")
                .collectAsList();
        Indicator sma = Indicators.get("sma");
        for (Row r : out) {
            int s = r.getInt(0);
            double[] reversed = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                reversed[i] = closes[s][POINTS - 1 - i];
            }
            List<?> transformed = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) r.get(1));
            assertArrayEquals(sma.values(closes[s], 3), SqlFunctionsTest.toDoubles(transformed.get(0)), "series " + s);
            assertArrayEquals(sma.values(reversed, 3), SqlFunctionsTest.toDoubles(transformed.get(1)),
                    "reversed series " + s);
            List<?> zipped = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) r.get(2));
            assertArrayEquals(sma.values(reversed, 5), SqlFunctionsTest.toDoubles(zipped.get(0)), "zipped " + s);
        }
    }

    /** Spark's order of arrays: element by element, NaN above every number, a shorter prefix first. */
    private static int compareArrays(double[] a, double[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
