package io.sparkta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Vectorization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The long-format transformation and the SQL window form against the per-series kernel, on symbols of
 * unequal lengths (one too short for the period, one with a NULL close) in shuffled row order.
 */
class LongFormatTest {
    private static SparkSession spark;
    private static final String[] SYMBOLS = {"AAA", "BBB", "CCC", "DDD"};
    private static final int[] LENGTHS = {700, 333, 5, 1200};
    private static final Map<String, Candles> SERIES = new HashMap<>();
    private static Dataset<Row> prices;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("LongFormatTest");
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < SYMBOLS.length; s++) {
            Candles c = Candles.randomWalk(LENGTHS[s], 100 + s);
            if (s == 1) {
                c.close()[40] = Double.NaN; // read back from a NULL below
            }
            SERIES.put(SYMBOLS[s], c);
            for (int i = 0; i < c.size(); i++) {
                rows.add(RowFactory.create(SYMBOLS[s], new java.sql.Timestamp(c.timestamp()[i]), c.high()[i],
                        c.low()[i], Double.isNaN(c.close()[i]) ? null : c.close()[i], i));
            }
        }
        Collections.shuffle(rows, new Random(9));
        StructType schema = new StructType().add("symbol", DataTypes.StringType).add("ts", DataTypes.TimestampType)
                .add("high", DataTypes.DoubleType).add("low", DataTypes.DoubleType)
                .add("close", DataTypes.DoubleType, true).add("bar", DataTypes.IntegerType);
        prices = spark.createDataFrame(rows, schema).repartition(3);
        prices.createOrReplaceTempView("prices");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** symbol -> bar -> outputs, from the rows of a result. */
    private static Map<String, double[][]> bySymbol(List<Row> rows, List<String> columns, int bars) {
        Map<String, double[][]> out = new HashMap<>();
        for (Row r : rows) {
            String sym = r.getAs("symbol");
            int n = LENGTHS[List.of(SYMBOLS).indexOf(sym)];
            double[][] m = out.computeIfAbsent(sym, k -> new double[columns.size()][n]);
            int bar = r.getAs("bar");
            for (int c = 0; c < columns.size(); c++) {
                m[c][bar] = r.getAs(columns.get(c));
            }
        }
        return out;
    }

    private static double[][] expected(Indicator ind, String symbol, double[] params) {
        return ind.compute(ind.spec().select(SERIES.get(symbol), null), params, Vectorization.SCALAR);
    }

    @Test
    void transformAppendsOutputsPerSeries() {
        Indicator alma = Indicators.get("alma");
        Dataset<Row> out = SeriesTransform.of(prices).by("symbol").orderBy("ts").compute("alma", Map.of("period", 20));
        assertEquals(List.of("symbol", "ts", "high", "low", "close", "bar", "alma"), List.of(out.columns()));
        List<Row> rows = out.collectAsList();
        assertEquals(LENGTHS[0] + LENGTHS[1] + LENGTHS[2] + LENGTHS[3], rows.size(), "no row lost or added");
        Map<String, double[][]> got = bySymbol(rows, List.of("alma"), 0);
        for (String sym : SYMBOLS) {
            double[] want;
            if (sym.equals("CCC")) {
                want = new double[LENGTHS[2]];
                java.util.Arrays.fill(want, Double.NaN); // 5 bars, period 20: NaN, not a failed job
            } else {
                want = expected(alma, sym, new double[] {20, 0.85, 6.0})[0];
            }
            assertArrayEquals(want, got.get(sym)[0], sym);
        }
    }

    @Test
    void multiOutputAndMultiInput() {
        Indicator atr = Indicators.get("atr");
        Dataset<Row> out = SeriesTransform.of(prices).by("symbol").orderBy("ts").partitions(2)
                .compute("atr", Map.of("length", 5));
        Map<String, double[][]> got = bySymbol(out.collectAsList(), List.of("atr"), 0);
        assertArrayEquals(expected(atr, "DDD", new double[] {5})[0], got.get("DDD")[0]);
        Indicator bb = Indicators.get("bollinger_bands");
        Dataset<Row> bands = SeriesTransform.of(prices).by("symbol").orderBy("ts")
                .compute("bollinger_bands", Map.of("period", 10, "matype", "smma"));
        List<String> cols = List.of("bollinger_bands_upper_band", "bollinger_bands_middle_band",
                "bollinger_bands_lower_band");
        Map<String, double[][]> gotBands = bySymbol(bands.collectAsList(), cols, 0);
        double[] p = bb.spec().defaults();
        p[0] = 10;
        p[3] = bb.spec().param("matype").choiceIndex("smma");
        double[][] want = expected(bb, "AAA", p);
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(want[o], gotBands.get("AAA")[o], cols.get(o));
        }
    }

    /** Several indicators from one pass: each call's columns equal that indicator computed alone. */
    @Test
    void severalCallsInOnePass() {
        SeriesTransform t = SeriesTransform.of(prices).by("symbol").orderBy("ts");
        Dataset<Row> out = t.compute(List.of(new SeriesTransform.Call("alma", Map.of("period", 20), "alma_20"),
                new SeriesTransform.Call("atr", Map.of("length", 5), "atr_5"),
                new SeriesTransform.Call("bollinger_bands", Map.of("period", 10), "bb"),
                new SeriesTransform.Call("alma", Map.of("period", 7), "alma_7")));
        List<String> cols = List.of("alma_20", "atr_5", "bb_upper_band", "bb_middle_band", "bb_lower_band", "alma_7");
        assertEquals(List.of("symbol", "ts", "high", "low", "close", "bar"), List.of(out.columns()).subList(0, 6));
        assertEquals(cols, List.of(out.columns()).subList(6, 12));
        List<Row> rows = out.collectAsList();
        assertEquals(prices.count(), rows.size(), "no row lost or added");
        Map<String, double[][]> got = bySymbol(rows, cols, 0);
        double[] bands = Indicators.get("bollinger_bands").spec().defaults();
        bands[0] = 10;
        List<Map.Entry<Indicator, double[]>> alone = List.of(
                Map.entry(Indicators.get("alma"), new double[] {20, 0.85, 6.0}),
                Map.entry(Indicators.get("atr"), new double[] {5}),
                Map.entry(Indicators.get("bollinger_bands"), bands),
                Map.entry(Indicators.get("alma"), new double[] {7, 0.85, 6.0}));
        int first = 0;
        for (Map.Entry<Indicator, double[]> call : alone) {
            int outputs = call.getKey().spec().outputs().size();
            Map<String, double[][]> slice = new HashMap<>();
            for (Map.Entry<String, double[][]> e : got.entrySet()) {
                slice.put(e.getKey(), java.util.Arrays.copyOfRange(e.getValue(), first, first + outputs));
            }
            assertSeries(call.getKey(), null, call.getValue(), slice);
            first += outputs;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.compute(List.of(
                new SeriesTransform.Call("sma", Map.of(), "x"), new SeriesTransform.Call("ema", Map.of(), "x"))));
        assertTrue(e.getMessage().contains("output column 'x' exists already"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.compute(List.of(
                new SeriesTransform.Call("sma", Map.of(), "close"))));
        assertTrue(e.getMessage().contains("'close'"), e.getMessage());
    }

    @Test
    void windowFormEqualsTheArrayForm() {
        Dataset<Row> out = spark.sql("SELECT symbol, bar, "
                + "ta_alma(close, 20) OVER (PARTITION BY symbol ORDER BY ts) AS alma, "
                + "ta_atr(high, low, close, 5) OVER (PARTITION BY symbol ORDER BY ts) AS atr, "
                + "ta_bollinger_bands(close, 10) OVER (PARTITION BY symbol ORDER BY ts) AS bb "
                + "FROM prices");
        Map<String, double[][]> got = bySymbol(out.selectExpr("symbol", "bar", "alma", "atr", "bb.lower_band AS lower")
                .collectAsList(), List.of("alma", "atr", "lower"), 0);
        for (String sym : SYMBOLS) {
            Candles c = SERIES.get(sym);
            if (sym.equals("CCC")) {
                continue; // too short: checked below
            }
            assertArrayEquals(Indicators.get("alma").values(c.close(), 20, 0.85, 6.0), got.get(sym)[0], sym);
            assertArrayEquals(expected(Indicators.get("atr"), sym, new double[] {5})[0], got.get(sym)[1], sym);
            double[] p = Indicators.get("bollinger_bands").spec().defaults();
            p[0] = 10;
            assertArrayEquals(expected(Indicators.get("bollinger_bands"), sym, p)[2], got.get(sym)[2], sym);
        }
        for (double v : got.get("CCC")[0]) {
            assertTrue(Double.isNaN(v), "a series shorter than the period stays NaN in the window form");
        }
        // the array form on packed series gives the same values
        Dataset<Row> packed = SeriesTransform.pack(prices, List.of("symbol"), "ts", List.of("close", "bar"));
        Row aaa = packed.where("symbol = 'AAA'").selectExpr("ta_alma(close, 20) AS a").first();
        assertArrayEquals(got.get("AAA")[0], SqlFunctionsTest.toDoubles(aaa.get(0)));
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT symbol, ta_alma(close) FROM prices GROUP BY symbol").collect());
        assertTrue(SqlFunctionsTest.messages(e).contains("OVER (PARTITION BY"), SqlFunctionsTest.messages(e));
    }

    /** symbol -> bar -> outputs, from the rows of a result whose columns hold values of the given types. */
    private static Map<String, double[][]> bySymbol(List<Row> rows, List<String> columns, List<OutputType> types) {
        Map<String, double[][]> out = new HashMap<>();
        for (Row r : rows) {
            String sym = r.getAs("symbol");
            double[][] m = out.computeIfAbsent(sym, k -> new double[columns.size()][LENGTHS[List.of(SYMBOLS).indexOf(k)]]);
            int bar = r.getAs("bar");
            for (int c = 0; c < columns.size(); c++) {
                m[c][bar] = SqlFunctionsTest.toDouble(r.getAs(columns.get(c)), types.get(c));
            }
        }
        return out;
    }

    private static void assertSeries(Indicator ind, Source source, double[] params, Map<String, double[][]> got) {
        for (String sym : SYMBOLS) {
            double[][] want;
            try {
                want = ind.compute(ind.spec().select(SERIES.get(sym), source), params, Vectorization.SCALAR);
            } catch (io.sparkta.kernels.IndicatorException e) {
                want = new double[ind.spec().outputs().size()][LENGTHS[List.of(SYMBOLS).indexOf(sym)]];
                for (double[] w : want) {
                    java.util.Arrays.fill(w, Double.NaN);
                }
            }
            for (int o = 0; o < want.length; o++) {
                assertArrayEquals(want[o], got.get(sym)[o], ind.id() + " " + sym + " " + ind.spec().outputs().get(o));
            }
        }
    }

    /**
     * Integer and boolean outputs become int and boolean columns, null where the kernel has no value; a selectable
     * source is the caller's column, or the default one (TTM Trend's hl2, computed from high and low as the
     * kernels compute it); fixed inputs are their columns; a {@code timestamp} input is the time column.
     */
    @Test
    void typedOutputsSourcesAndTimesInLongFormat() {
        SeriesTransform t = SeriesTransform.of(prices).by("symbol").orderBy("ts");
        Indicator ttm = Indicators.get("ttm_trend");
        Dataset<Row> trend = t.compute("ttm_trend", Map.of("period", 6));
        StructField field = trend.schema().apply("ttm_trend");
        assertEquals(DataTypes.BooleanType, field.dataType());
        assertTrue(field.nullable());
        List<Row> rows = trend.collectAsList();
        assertSeries(ttm, null, new double[] {6}, bySymbol(rows, List.of("ttm_trend"), List.of(OutputType.BOOL)));
        assertTrue(rows.stream().anyMatch(r -> r.isNullAt(r.fieldIndex("ttm_trend"))), "warm-up rows are null");
        assertTrue(rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.getAs("ttm_trend"))));
        assertTrue(rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.getAs("ttm_trend"))));

        assertSeries(ttm, Source.CLOSE, new double[] {3}, bySymbol(t.source("close").compute("ttm_trend",
                Map.of("period", 3)).collectAsList(), List.of("ttm_trend"), List.of(OutputType.BOOL)));
        Indicator nama = Indicators.get("nama");
        assertSeries(nama, Source.HL2, new double[] {10}, bySymbol(t.source("hl2").compute("nama",
                Map.of("period", 10)).collectAsList(), List.of("nama"), List.of(OutputType.REAL)));
        // a column of the source's name is read as it is, not computed
        Dataset<Row> withHl2 = prices.withColumn("hl2", functions.col("close"));
        assertSeries(ttm, Source.CLOSE, new double[] {4}, bySymbol(SeriesTransform.of(withHl2).by("symbol").orderBy("ts")
                .compute("ttm_trend", Map.of("period", 4)).collectAsList(), List.of("ttm_trend"),
                List.of(OutputType.BOOL)));

        Indicator codes = Indicators.get("test_codes");
        Dataset<Row> coded = t.compute("test_codes", Map.of("lag", 3));
        List<String> cols = List.of("test_codes_direction", "test_codes_rising", "test_codes_hours");
        assertEquals(DataTypes.IntegerType, coded.schema().apply(cols.get(0)).dataType());
        assertEquals(DataTypes.BooleanType, coded.schema().apply(cols.get(1)).dataType());
        assertEquals(DataTypes.DoubleType, coded.schema().apply(cols.get(2)).dataType());
        assertTrue(!coded.schema().apply(cols.get(2)).nullable() && coded.schema().apply(cols.get(0)).nullable());
        assertSeries(codes, null, new double[] {3}, bySymbol(coded.collectAsList(), cols, codes.spec().outputTypes()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.source("nope").compute("ttm_trend"));
        assertTrue(e.getMessage().contains("no column 'nope' for input 'source'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.source("ohlc4").compute("ttm_trend"));
        assertTrue(e.getMessage().contains("no column 'open'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.source("close").compute("atr"));
        assertTrue(e.getMessage().contains("takes no source"), e.getMessage());
    }

    /** The window form gives int and boolean values (null where there is none) and reads times as epoch ms. */
    @Test
    void windowFormTypedOutputsAndMixedInputs() {
        Dataset<Row> out = spark.sql("SELECT symbol, bar, "
                + "ta_ttm_trend((high + low) / 2, close, 6) OVER (PARTITION BY symbol ORDER BY ts) AS trend, "
                + "ta_test_direction(close) OVER (PARTITION BY symbol ORDER BY ts) AS dir, "
                + "ta_test_codes(close, ts, 3) OVER (PARTITION BY symbol ORDER BY ts) AS codes "
                + "FROM prices");
        assertEquals(DataTypes.BooleanType, out.schema().apply("trend").dataType());
        assertTrue(out.schema().apply("trend").nullable());
        assertEquals(DataTypes.IntegerType, out.schema().apply("dir").dataType());
        StructType codes = (StructType) out.schema().apply("codes").dataType();
        assertEquals(List.of(DataTypes.IntegerType, DataTypes.BooleanType, DataTypes.DoubleType),
                java.util.Arrays.stream(codes.fields()).map(StructField::dataType).toList());
        Dataset<Row> flat = out.selectExpr("symbol", "bar", "trend", "dir", "codes.direction AS direction",
                "codes.rising AS rising", "codes.hours AS hours");
        List<Row> rows = flat.collectAsList();
        assertSeries(Indicators.get("ttm_trend"), null, new double[] {6},
                bySymbol(rows, List.of("trend"), List.of(OutputType.BOOL)));
        assertSeries(Indicators.get("test_direction"), null, new double[] {2},
                bySymbol(rows, List.of("dir"), List.of(OutputType.INT)));
        Indicator codesInd = Indicators.get("test_codes");
        assertSeries(codesInd, null, new double[] {3},
                bySymbol(rows, List.of("direction", "rising", "hours"), codesInd.spec().outputTypes()));
        assertTrue(rows.stream().anyMatch(r -> r.isNullAt(r.fieldIndex("trend"))), "warm-up rows are null");
    }

    @Test
    void packAndUnpackRoundTrip() {
        Dataset<Row> packed = SeriesTransform.pack(prices, List.of("symbol"), "ts", List.of("close", "bar"));
        assertEquals(SYMBOLS.length, packed.count());
        Row ddd = packed.where("symbol = 'DDD'").first();
        List<Integer> bars = ddd.getList(ddd.fieldIndex("bar"));
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(i, bars.get(i), "packed arrays are in time order");
        }
        Dataset<Row> unpacked = SeriesTransform.unpack(packed, List.of("symbol"), List.of("ts", "close", "bar"));
        assertEquals(prices.count(), unpacked.count());
        assertEquals(0, unpacked.exceptAll(prices.select("symbol", "ts", "close", "bar")).count());
    }

    @Test
    void badArgumentsFailClearly() {
        SeriesTransform t = SeriesTransform.of(prices).by("symbol").orderBy("ts");
        assertThrows(IllegalArgumentException.class, () -> t.compute("alma", Map.of("sigma", -1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeriesTransform.of(prices).by("symbol").orderBy("nope").compute("alma"));
        assertTrue(e.getMessage().contains("no column 'nope'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeriesTransform.of(prices).compute("alma"));
    }
}
