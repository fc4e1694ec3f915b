package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.SharedData;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Vectorization;
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

    /** The candle columns and the derived sources, so that every input (a default source too) names a column. */
    private static final List<String> COLUMNS = List.of("open", "high", "low", "close", "volume", "hl2", "hlc3",
            "ohlc4", "hlcc4", "timestamp");

    /**
     * One row holding the 4h BTC series as arrays, registered as view {@code btc}; cached, so that the arrays
     * reach the functions as Spark's own memory ({@code UnsafeArrayData}), which in-place kernels read directly.
     */
    private static void btcView() {
        Candles c = SharedData.btc4h();
        StructType schema = new StructType();
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            schema = schema.add(COLUMNS.get(i), DataTypes.createArrayType(DataTypes.DoubleType, true));
            values[i] = Arrays.stream(c.series(Source.of(COLUMNS.get(i)))).boxed().toArray(Double[]::new);
        }
        spark.createDataFrame(List.of(RowFactory.create(values)), schema).cache().createOrReplaceTempView("btc");
    }

    /** Every function over its inputs' default columns equals its kernel, each output of its declared type. */
    @TestFactory
    Stream<DynamicTest> everyFunctionEqualsItsKernel() {
        btcView();
        Candles c = SharedData.btc4h();
        return Indicators.all().stream().filter(ind -> ind.spec().readsCandles()) // rsmk: RsmkTest
                .map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            Dataset<Row> result = spark.sql("SELECT " + FunctionCatalog.sqlName(ind.id()) + "("
                    + String.join(", ", ind.spec().inputs()) + ") AS r FROM btc");
            assertEquals(FunctionCatalog.arrayResultType(ind.spec()), result.schema().apply("r").dataType());
            Row row = result.first();
            double[][] want = ind.compute(ind.spec().select(c, null), ind.spec().defaults(), Vectorization.SCALAR);
            double[][] got = outputs(ind, row.get(0));
            for (int o = 0; o < want.length; o++) {
                assertArrayEquals(want[o], got[o], ind.id() + " output " + ind.spec().outputs().get(o));
            }
        }));
    }

    /** The outputs of a result (an array, or a struct of arrays), checked against their types, as doubles. */
    static double[][] outputs(Indicator ind, Object value) {
        int outs = ind.spec().outputs().size();
        double[][] got = new double[outs][];
        for (int o = 0; o < outs; o++) {
            Object arr = outs == 1 ? value : ((Row) value).get(o);
            got[o] = toDoubles(arr, ind.spec().outputTypes().get(o));
        }
        return got;
    }

    /** A double array as doubles. */
    static double[] toDoubles(Object arr) {
        return toDoubles(arr, OutputType.REAL);
    }

    /**
     * An array of the type's values as doubles, as the kernels write them: a real is a Double (never null), an
     * integer an Integer and a signal a Boolean (1 or 0), null where the kernel wrote NaN.
     */
    @SuppressWarnings("unchecked")
    static double[] toDoubles(Object arr, OutputType type) {
        scala.collection.Seq<Object> seq = (scala.collection.Seq<Object>) arr;
        double[] out = new double[seq.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toDouble(seq.apply(i), type);
        }
        return out;
    }

    /** One value of the type as a double (see {@link #toDoubles(Object, OutputType)}). */
    static double toDouble(Object v, OutputType type) {
        switch (type) {
            case REAL:
                return (Double) v;
            case INT:
                return v == null ? Double.NaN : (Integer) v;
            default:
                return v == null ? Double.NaN : (Boolean) v ? 1 : 0;
        }
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
        double[][] bands = bb.compute(new double[][] {close}, p, Vectorization.SCALAR);
        Row r = spark.sql("SELECT ta_bollinger_bands(close, matype => 'SMMA') AS b FROM btc").first();
        Row struct = r.getStruct(0);
        assertEquals(List.of("upper_band", "middle_band", "lower_band"), Arrays.asList(struct.schema().fieldNames()));
        assertArrayEquals(bands[2], toDoubles(struct.getAs("lower_band")));
        Row fields = spark.sql("SELECT b.middle_band FROM (SELECT ta_bollinger_bands(close) AS b FROM btc)").first();
        assertArrayEquals(bb.compute(new double[][] {close}, bb.spec().defaults(), Vectorization.SCALAR)[1],
                toDoubles(fields.get(0)));
    }

    /**
     * Integer and boolean outputs are {@code array<int>} / {@code array<boolean>} with null where the kernel has no
     * value (a struct field per output, each of its own type); real outputs stay {@code array<double>} without
     * nulls.
     */
    @Test
    void integerAndBooleanOutputsAreTypedArrays() {
        btcView();
        Candles c = SharedData.btc4h();
        Dataset<Row> result = spark.sql("SELECT ta_ttm_trend(hl2, close, 6) AS trend, ta_test_direction(close) AS dir, "
                + "ta_test_codes(close, timestamp, lag => 3) AS codes, ta_sma(close, 5) AS sma FROM btc");
        StructType schema = result.schema();
        assertEquals(DataTypes.createArrayType(DataTypes.BooleanType, true), schema.apply("trend").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.IntegerType, true), schema.apply("dir").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.DoubleType, false), schema.apply("sma").dataType());
        StructType codes = (StructType) schema.apply("codes").dataType();
        assertEquals(List.of("direction", "rising", "hours"), List.of(codes.fieldNames()));
        assertEquals(DataTypes.createArrayType(DataTypes.IntegerType, true), codes.apply("direction").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.BooleanType, true), codes.apply("rising").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.DoubleType, false), codes.apply("hours").dataType());

        Row row = result.first();
        List<Object> trend = row.getList(0);
        assertNull(trend.get(4), "warm-up: null, not false");
        assertTrue(trend.get(5) instanceof Boolean, String.valueOf(trend.get(5)));
        Indicator ttm = Indicators.get("ttm_trend");
        assertArrayEquals(ttm.compute(new double[][] {Source.HL2.of(c), c.close()}, new double[] {6},
                Vectorization.SCALAR)[0],
                toDoubles(row.get(0), OutputType.BOOL));
        long trues = trend.stream().filter(Boolean.TRUE::equals).count();
        assertTrue(trues > 100 && trues < trend.size() - 100, "both values occur: " + trues);

        List<Object> dir = row.getList(1);
        assertNull(dir.get(1));
        assertTrue(dir.get(2) instanceof Integer, String.valueOf(dir.get(2)));
        double[] close = c.close();
        for (int t = 2; t < close.length; t++) {
            assertEquals((int) Math.signum(close[t] - close[t - 2]), dir.get(t), "bar " + t);
        }
        Indicator codesInd = Indicators.get("test_codes");
        double[][] want = codesInd.compute(new double[][] {close, Source.TIMESTAMP.of(c)}, new double[] {3},
                Vectorization.SCALAR);
        double[][] got = outputs(codesInd, row.get(2));
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(want[o], got[o], codesInd.spec().outputs().get(o));
        }
        assertEquals(c.timestamp()[0] / 3_600_000.0, got[2][0], "hours from the first bar on");
        // a series too short: null elements for int and boolean outputs, NaN for real ones
        Row shortRow = spark.sql("SELECT ta_ttm_trend(array(1.0D, 2.0D), array(1.0D, 2.0D), 5) AS t, "
                + "ta_test_codes(array(1.0D), array(0.0D), 3) AS c").first();
        assertEquals(Arrays.asList(null, null), shortRow.getList(0));
        assertEquals(Arrays.asList((Object) null), shortRow.getStruct(1).getList(1));
        assertTrue(Double.isNaN(toDoubles(shortRow.getStruct(1).get(2))[0]));
    }

    /**
     * An indicator whose first input is a selectable source and the others fixed columns: the source is any
     * array, the fixed inputs follow it; the same column may be both (nama reads close twice by default).
     */
    @Test
    void selectableSourceBesideFixedColumns() {
        btcView();
        Candles c = SharedData.btc4h();
        Indicator ttm = Indicators.get("ttm_trend");
        Row r = spark.sql("SELECT ta_ttm_trend(hlc3, close, period => 9), ta_ttm_trend(close, close), "
                + "ta_nama(hl2, high, low, close, 12), ta_nama(close, high, low, close) FROM btc").first();
        assertArrayEquals(ttm.compute(ttm.spec().select(c, Source.HLC3), new double[] {9}, Vectorization.SCALAR)[0],
                toDoubles(r.get(0), OutputType.BOOL));
        double[] onClose = toDoubles(r.get(1), OutputType.BOOL);
        assertArrayEquals(ttm.compute(ttm.spec().select(c, Source.CLOSE), new double[] {5}, Vectorization.SCALAR)[0],
                onClose);
        Indicator nama = Indicators.get("nama");
        assertArrayEquals(nama.compute(nama.spec().select(c, Source.HL2), new double[] {12}, Vectorization.SCALAR)[0],
                toDoubles(r.get(2)));
        assertArrayEquals(nama.compute(nama.spec().select(c, null), nama.spec().defaults(), Vectorization.SCALAR)[0],
                toDoubles(r.get(3)));
        Exception e = assertThrows(Exception.class, () -> spark.sql("SELECT ta_ttm_trend(hl2) FROM btc").collect());
        assertTrue(messages(e).contains("needs 2 input series: source (default hl2), close"), messages(e));
        e = assertThrows(Exception.class,
                () -> spark.sql("SELECT ta_test_codes(close, array('x')) FROM btc").collect());
        assertTrue(messages(e).contains("input 'timestamp' must be an array of numbers or times"), messages(e));
        // bar times may be timestamps or dates: read as epoch milliseconds
        Row times = spark.sql("SELECT ta_test_codes(array(1.0D, 2.0D), array(TIMESTAMP'1970-01-01 10:00:00Z', "
                + "TIMESTAMP'1970-01-02 00:00:00Z')).hours AS h, ta_test_codes(array(1.0D, 2.0D), array(DATE'1970-01-03', DATE'1970-01-04'), 1).hours AS d")
                .first();
        assertArrayEquals(new double[] {10, 24}, toDoubles(times.get(0)));
        assertArrayEquals(new double[] {48, 72}, toDoubles(times.get(1)));
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

    /**
     * Inputs read in place from a cached table's rows give the kernels' results, and so do inputs that must be
     * copied beside them: an array with a null element (its slot holds no NaN), other element types; arrays of
     * unequal lengths still fail the query. Long enough for the SIMD window's blocks.
     */
    @Test
    void arraysReadInPlaceOrCopiedGiveTheKernelResults() {
        int n = 2500;
        Candles c = Candles.randomWalk(n, 5);
        Double[] lowWithNull = Arrays.stream(c.low()).boxed().toArray(Double[]::new);
        lowWithNull[1500] = null;
        double[] lowWithNaN = c.low().clone();
        lowWithNaN[1500] = Double.NaN;
        StructType schema = new StructType().add("id", DataTypes.IntegerType);
        for (String column : List.of("high", "low", "close")) {
            schema = schema.add(column, DataTypes.createArrayType(DataTypes.DoubleType, true));
        }
        Double[] high = Arrays.stream(c.high()).boxed().toArray(Double[]::new);
        Double[] close = Arrays.stream(c.close()).boxed().toArray(Double[]::new);
        spark.createDataFrame(List.of(RowFactory.create(1, high, Arrays.stream(c.low()).boxed().toArray(Double[]::new),
                        close), RowFactory.create(2, high, lowWithNull, close),
                        RowFactory.create(3, high, Arrays.copyOf(lowWithNull, n - 1), close)), schema)
                .cache().createOrReplaceTempView("hlc");
        List<Row> out = spark.sql("SELECT ta_atr(high, low, close, 14), ta_alma(low, 9, 0.85, 6.0), "
                + "ta_sma(CAST(low AS ARRAY<FLOAT>), 9) FROM hlc WHERE id < 3 ORDER BY id").collectAsList();
        Indicator atr = Indicators.get("atr"), alma = Indicators.get("alma"), sma = Indicators.get("sma");
        for (int r = 0; r < 2; r++) {
            double[] low = r == 0 ? c.low() : lowWithNaN;
            double[] lowFloats = new double[n];
            for (int i = 0; i < n; i++) {
                lowFloats[i] = (float) low[i];
            }
            String row = "row " + (r + 1);
            assertArrayEquals(atr.compute(new double[][] {c.high(), low, c.close()}, new double[] {14},
                    Vectorization.SCALAR)[0], toDoubles(out.get(r).get(0)), row + " atr");
            assertArrayEquals(alma.values(low, 9, 0.85, 6.0), toDoubles(out.get(r).get(1)), row + " alma");
            assertArrayEquals(sma.values(lowFloats, 9), toDoubles(out.get(r).get(2)), row + " sma of floats");
        }
        Exception unequal = assertThrows(Exception.class,
                () -> spark.sql("SELECT ta_atr(high, low, close, 14) FROM hlc WHERE id = 3").collectAsList());
        assertTrue(unequal.getMessage().contains("input 'low' has length " + (n - 1) + ", expected " + n),
                unequal.getMessage());
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
        String text = describe("ta_alma");
        for (String part : new String[] {"ta_alma", "Arnaud Legoux", "period - window length; default 9, valid 1..",
            "offset", "default 0.85", "sigma", "Examples:", "SELECT ta_alma(", "OVER (PARTITION BY",
            "Category: moving average", "Inputs: source (default close).", "Outputs: values (double)",
            "array<double> out"}) {
            assertTrue(text.contains(part), "DESCRIBE lacks '" + part + "':\n" + text);
        }
    }

    /** The category, the inputs (which is the selectable source, and its default) and the output types. */
    @Test
    void describeFunctionShowsCategoryInputsAndOutputTypes() {
        String ttm = describe("ta_ttm_trend");
        for (String part : new String[] {"ta_ttm_trend(source, close, period)", "Category: trend",
            "Inputs: source (default hl2), close.", "source - the price series, by default hl2 = (high + low) / 2",
            "Outputs: values (boolean)", "array<boolean> out", "null for int and boolean outputs",
            "ta_ttm_trend((high + low) / 2, close) OVER (PARTITION BY symbol ORDER BY ts)"}) {
            assertTrue(ttm.contains(part), "DESCRIBE lacks '" + part + "':\n" + ttm);
        }
        assertTrue(describe("ta_rsi").contains("Category: momentum/oscillator"), describe("ta_rsi"));
        String nama = describe("ta_nama");
        assertTrue(nama.contains("Inputs: source (default close), high, low, close."), nama);
        String codes = describe("ta_test_codes");
        for (String part : new String[] {"Outputs: direction (int), rising (boolean), hours (double)",
            "struct<direction: array<int>, rising: array<boolean>, hours: array<double>> out",
            "timestamp - the bar times", "ta_test_codes(close, ts) OVER"}) {
            assertTrue(codes.contains(part), "DESCRIBE lacks '" + part + "':\n" + codes);
        }
        String bb = describe("ta_bollinger_bands");
        assertTrue(bb.contains("Category: volatility") && bb.contains("upper_band (double)"), bb);
    }

    /**
     * An indicator that looks ahead (minmax: a bar is an extremum once the order bars after it are known) has no
     * window form: the frame ends at the current row. Analysis refuses it with the reason; DESCRIBE says so.
     */
    @Test
    void lookaheadHasNoWindowForm() {
        spark.sql("SELECT 1 AS ts, 2.0D AS high, 1.0D AS low").createOrReplaceTempView("one_bar");
        Exception e = assertThrows(Exception.class, () -> spark.sql(
                "SELECT ta_minmax(high, low, 3) OVER (ORDER BY ts) FROM one_bar").collect());
        assertTrue(messages(e).contains("ta_minmax has no window form: its value at a row depends on the next "
                + "'order' rows"), messages(e));
        String text = describe("ta_minmax");
        for (String part : new String[] {"ta_minmax(high, low, order)", "Category: pattern",
            "No window form: a row's value depends on the next order rows", "is_min (double)", "SELECT ta_minmax("}) {
            assertTrue(text.contains(part), "DESCRIBE lacks '" + part + "':\n" + text);
        }
        assertFalse(text.contains("OVER (PARTITION BY"), text);
    }

    private static String describe(String function) {
        List<String> lines = new ArrayList<>();
        for (Row r : spark.sql("DESCRIBE FUNCTION EXTENDED " + function).collectAsList()) {
            lines.add(r.getString(0));
        }
        return String.join("\n", lines);
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
