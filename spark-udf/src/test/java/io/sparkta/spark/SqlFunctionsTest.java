package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.SharedData;
import io.sparkta.kernels.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every registered function through SQL equals its kernel; structs, nulls, defaults, named args and errors. */
class SqlFunctionsTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SqlFunctionsTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * The candle columns, the derived price series a default source may name (MFI reads hlc3), and the bar
     * times (VWAP's anchors).
     */
    private static final List<String> COLUMNS = List.of("open", "high", "low", "close", "volume", "hl2", "hlc3",
            "ohlc4", "hlcc4", "timestamp");

    /** One row holding the 4h BTC series as arrays, registered as view {@code btc}. */
    private static void btcView() {
        Candles c = SharedData.btc4h();
        StructType schema = new StructType();
        for (String col : COLUMNS) {
            schema = schema.add(col, DataTypes.createArrayType(DataTypes.DoubleType, true));
        }
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Arrays.stream(c.series(Source.of(COLUMNS.get(i)))).boxed().toArray(Double[]::new);
        }
        spark.createDataFrame(List.of(RowFactory.create(values)), schema).createOrReplaceTempView("btc");
    }

    @TestFactory
    Stream<DynamicTest> everyFunctionEqualsItsKernel() {
        btcView();
        Candles c = SharedData.btc4h();
        return Indicators.all().stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            Row row = spark.sql("SELECT " + FunctionCatalog.sqlName(ind.id()) + "("
                    + String.join(", ", ind.spec().inputs()) + ") AS r FROM btc").first();
            double[][] want = ind.compute(ind.spec().select(c, null), ind.spec().defaults(), Kernel.SCALAR);
            double[][] got = outputs(ind, row.get(0));
            for (int o = 0; o < want.length; o++) {
                assertArrayEquals(want[o], got[o], ind.id() + " output " + ind.spec().outputs().get(o));
            }
        }));
    }

    static double[][] outputs(Indicator ind, Object value) {
        int outs = ind.spec().outputs().size();
        double[][] got = new double[outs][];
        for (int o = 0; o < outs; o++) {
            Object arr = outs == 1 ? value : ((Row) value).get(o);
            got[o] = toDoubles(arr);
        }
        return got;
    }

    @SuppressWarnings("unchecked")
    static double[] toDoubles(Object arr) {
        scala.collection.Seq<Object> seq = (scala.collection.Seq<Object>) arr;
        double[] out = new double[seq.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) seq.apply(i);
        }
        return out;
    }

    @Test
    void parametersPositionalNamedAndDefaults() {
        btcView();
        double[] close = SharedData.btc4h().close();
        Indicator alma = Indicators.get("alma");
        double[] want = alma.values(close, 20, 0.9, 5.0);
        assertArrayEquals(want, toDoubles(spark.sql("SELECT ta_alma(close, 20, 0.9, 5) FROM btc").first().get(0)));
        assertArrayEquals(want, toDoubles(spark.sql(
                "SELECT ta_alma(close, 20, sigma => 5.0, offset => 0.9) FROM btc").first().get(0)));
        assertArrayEquals(alma.values(close, 20, 0.85, 6.0),
                toDoubles(spark.sql("SELECT ta_alma(close, 20) FROM btc").first().get(0)));
        Indicator bb = Indicators.get("bollinger_bands");
        double[] p = bb.spec().defaults();
        p[3] = bb.spec().param("matype").choiceIndex("smma");
        double[][] bands = bb.compute(new double[][] {close}, p, Kernel.SCALAR);
        Row r = spark.sql("SELECT ta_bollinger_bands(close, matype => 'SMMA') AS b FROM btc").first();
        Row struct = r.getStruct(0);
        assertEquals(List.of("upper_band", "middle_band", "lower_band"), Arrays.asList(struct.schema().fieldNames()));
        assertArrayEquals(bands[2], toDoubles(struct.getAs("lower_band")));
        Row fields = spark.sql("SELECT b.middle_band FROM (SELECT ta_bollinger_bands(close) AS b FROM btc)").first();
        assertArrayEquals(bb.compute(new double[][] {close}, bb.spec().defaults(), Kernel.SCALAR)[1],
                toDoubles(fields.get(0)));
    }

    @Test
    void nullsShortSeriesAndOtherElementTypes() {
        Dataset<Row> rows = spark.sql("SELECT * FROM VALUES "
                + "(1, array(1.0D, 2.0D, NULL, 4.0D, 5.0D, 6.0D)), "
                + "(2, CAST(NULL AS ARRAY<DOUBLE>)), "
                + "(3, array(1.0D, 2.0D)), "
                + "(4, array(CAST(NULL AS DOUBLE), NULL, NULL)), "
                + "(5, array()) AS t(id, x) ORDER BY id");
        rows.createOrReplaceTempView("t");
        List<Row> out = spark.sql("SELECT id, ta_sma(x, 2) AS s, ta_sma(x, CAST(NULL AS INT)) AS n FROM t ORDER BY id")
                .collectAsList();
        assertArrayEquals(Indicators.get("sma").values(new double[] {1, 2, Double.NaN, 4, 5, 6}, 2),
                toDoubles(out.get(0).get(1)));
        assertNull(out.get(1).get(1), "NULL array in, NULL out");
        assertArrayEquals(new double[] {1.5, Double.NaN}, new double[] {toDoubles(out.get(2).get(1))[1], Double.NaN});
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN}, toDoubles(out.get(3).get(1)),
                "all-NaN series: all-NaN output, not a failed job");
        assertEquals(0, toDoubles(out.get(4).get(1)).length, "empty series: empty output");
        assertNull(out.get(0).get(2), "NULL parameter: NULL out");
        // too short for the period: NaN, not an error
        assertArrayEquals(new double[] {Double.NaN, Double.NaN},
                toDoubles(spark.sql("SELECT ta_alma(array(1.0D, 2.0D), 9) FROM t WHERE id = 1").first().get(0)));
        // ints and floats are read as doubles
        assertArrayEquals(new double[] {Double.NaN, 1.5, 2.5},
                toDoubles(spark.sql("SELECT ta_sma(array(1, 2, 3), 2)").first().get(0)));
        assertArrayEquals(new double[] {Double.NaN, 1.5, 2.5},
                toDoubles(spark.sql("SELECT ta_sma(array(1.0F, 2.0F, 3.0F), 2)").first().get(0)));
    }

    @Test
    void errorsNameFunctionParameterValueAndRange() {
        String[][] cases = {
            {"SELECT ta_alma(array(1.0D), 9, 0.85, 0.0)", "ta_alma", "sigma = 0.0", "> 0.0"},
            {"SELECT ta_alma(array(1.0D), 0)", "ta_alma", "period = 0", "1.."},
            {"SELECT ta_alma(array(1.0D), 9, 1.5)", "ta_alma", "offset = 1.5", "[0.0, 1.0]"},
            {"SELECT ta_bollinger_bands(array(1.0D), matype => 'nope')", "ta_bollinger_bands", "matype = 'nope'", "sma"},
            {"SELECT ta_alma(array(1.0D), 9, bogus => 1)", "ta_alma", "unknown parameter 'bogus'", "sigma"},
            {"SELECT ta_alma(array(1.0D), 9, 0.85, 6.0, 7)", "ta_alma", "at most 4 arguments", "period = 9"},
            {"SELECT ta_atr(array(1.0D), array(1.0D))", "ta_atr", "needs 3 input series", "close"},
            {"SELECT ta_alma(array('a'), 9)", "ta_alma", "array of numbers", "ARRAY<STRING>"},
            {"SELECT ta_alma(array(1.0D), 'x')", "ta_alma", "parameter 'period' must be a number", "STRING"},
        };
        for (String[] c : cases) {
            Exception e = assertThrows(Exception.class, () -> spark.sql(c[0]).collect(), c[0]);
            String all = messages(e);
            for (int i = 1; i < c.length; i++) {
                assertTrue(all.contains(c[i]), c[0] + ": '" + all + "' lacks '" + c[i] + "'");
            }
        }
    }

    @Test
    void describeFunctionShowsUsageArgumentsAndExample() {
        List<String> lines = new ArrayList<>();
        for (Row r : spark.sql("DESCRIBE FUNCTION EXTENDED ta_alma").collectAsList()) {
            lines.add(r.getString(0));
        }
        String text = String.join("\n", lines);
        for (String part : new String[] {"ta_alma", "Arnaud Legoux", "period - window length; default 9, valid 1..",
            "offset", "default 0.85", "sigma", "Examples:", "SELECT ta_alma(", "OVER (PARTITION BY"}) {
            assertTrue(text.contains(part), "DESCRIBE lacks '" + part + "':\n" + text);
        }
    }

    @Test
    void programmaticRegistration() {
        var registry = new org.apache.spark.sql.catalyst.analysis.SimpleFunctionRegistry();
        assertEquals(0, registry.listFunction().size());
        FunctionCatalog.register(registry);
        List<String> names = new ArrayList<>();
        registry.listFunction().foreach(f -> names.add(f.funcName()));
        for (Indicator ind : Indicators.all()) {
            assertTrue(names.contains(FunctionCatalog.sqlName(ind.id())), ind.id() + " not in " + names);
        }
        FunctionCatalog.register(spark); // idempotent on a session that has them already
        assertArrayEquals(new double[] {Double.NaN, 1.5},
                toDoubles(spark.sql("SELECT ta_sma(array(1.0D, 2.0D), 2)").first().get(0)));
    }

    static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(" | ");
        }
        return b.toString();
    }
}
