package io.sparkta.spark.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicators;
import io.sparkta.spark.LocalSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code arrow} data source: every save mode, columnar reads, timestamps of any unit, single-file output. */
class ArrowSourceTest {
    private static SparkSession spark;
    private static Dataset<Row> mixed;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ArrowSourceTest");
        StructType schema = new StructType().add("symbol", DataTypes.StringType).add("ts", DataTypes.TimestampType)
                .add("n", DataTypes.IntegerType).add("close", DataTypes.DoubleType)
                .add("values", DataTypes.createArrayType(DataTypes.DoubleType));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(RowFactory.create(i % 3 == 0 ? null : "S" + (i % 7), new Timestamp(1_600_000_000_000L + i * 60_000L),
                    i, i == 17 ? null : i * 0.5, i % 5 == 0 ? null : scala.jdk.javaapi.CollectionConverters.asScala(
                            List.of(i * 1.0, Double.NaN, -i * 2.0)).toSeq()));
        }
        mixed = spark.createDataFrame(rows, schema).repartition(3);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Rows as text, ordered by n (NaN inside arrays compares unequal as a Row, but prints the same). */
    private static List<String> sorted(Dataset<Row> df) {
        return df.orderBy("n").collectAsList().stream().map(Row::toString).toList();
    }

    private static void assertSameRows(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size(), "row count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }

    @Test
    void everySaveModeAndAColumnarRoundTrip() throws Exception {
        String out = dir.resolve("out").toString();
        mixed.write().format("arrow").save(out); // the default mode, ErrorIfExists, on a new path
        Dataset<Row> back = spark.read().format("arrow").load(out);
        assertEquals(mixed.schema().simpleString(), back.schema().simpleString());
        assertSameRows(sorted(mixed), sorted(back));
        String plan = back.queryExecution().executedPlan().toString();
        assertTrue(plan.contains("ColumnarToRow") && plan.contains("BatchScan"), plan);

        Exception e = assertThrows(Exception.class, () -> mixed.write().format("arrow").save(out));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        mixed.write().format("arrow").mode("ignore").save(out);
        assertEquals(500, spark.read().format("arrow").load(out).count());
        mixed.write().format("arrow").mode("append").save(out);
        assertEquals(1000, spark.read().format("arrow").load(out).count());
        mixed.limit(10).write().format("arrow").mode("overwrite").option("ipc", "stream")
                .option("maxRecordsPerBatch", "3").save(out);
        Dataset<Row> streams = spark.read().format("arrow").load(out);
        assertEquals(10, streams.count());
        try (var files = Files.list(Path.of(out))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
            assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.endsWith(".arrows")), names.toString());
        }
    }

    @Test
    void anEmptyResultStillCarriesItsSchema() {
        String out = dir.resolve("empty").toString();
        mixed.filter("n < 0").write().format("arrow").save(out);
        Dataset<Row> back = spark.read().format("arrow").load(out);
        assertEquals(0, back.count());
        assertEquals(mixed.schema().simpleString(), back.schema().simpleString());
    }

    @Test
    void millisecondTimestampsAndSparktaPriceFiles() throws Exception {
        Path file = dir.resolve("ms.feather");
        Schema schema = new Schema(List.of(
                new Field("ts", FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC")), null),
                new Field("close", FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null)));
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
            root.allocateNew();
            for (int i = 0; i < 100; i++) {
                ((TimeStampVector) root.getVector(0)).setSafe(i, 1_700_000_000_123L + i);
                ((Float8Vector) root.getVector(1)).setSafe(i, i / 3.0);
            }
            root.setRowCount(100);
            ArrowIpc.write(root, file);
        }
        List<Row> rows = spark.read().format("arrow").load(file.toString()).orderBy("ts").collectAsList();
        assertEquals(100, rows.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(1_700_000_000_123L + i, rows.get(i).getTimestamp(0).getTime(), "row " + i);
            assertEquals(i / 3.0, rows.get(i).getDouble(1));
        }

        Map<String, Candles> series = new LinkedHashMap<>();
        series.put("A", Candles.randomWalk(300, 1));
        series.put("B", Candles.randomWalk(200, 2));
        Path prices = dir.resolve("prices.arrows");
        ArrowPrices.writeLong(series, prices);
        spark.read().format("arrow").load(prices.toString()).createOrReplaceTempView("prices");
        Row alma = spark.sql("SELECT ta_alma(sort_array(collect_list(struct(ts, close))).close) FROM prices "
                + "WHERE symbol = 'B'").first();
        double[] expected = Indicators.get("alma").values(series.get("B").close(), 9, 0.85, 6.0);
        List<Double> got = alma.getList(0);
        assertArrayEquals(expected, got.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void aMissingPathIsAClearError() {
        String missing = dir.resolve("nothing-here").toString();
        Exception e = assertThrows(Exception.class, () -> spark.read().format("arrow").load(missing).count());
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("nothing-here"), e.getMessage());
    }

    @Test
    void oneFileOnTheDriverReadsBackAsPrices() throws Exception {
        Candles c = Candles.randomWalk(1000, 3);
        Map<String, Candles> series = Map.of("X", c);
        Path in = dir.resolve("x.arrow");
        ArrowPrices.writeLong(series, in);
        Dataset<Row> prices = spark.read().format("arrow").load(in.toString()).repartition(4);
        Path out = dir.resolve("copy/x.arrow");
        ArrowWrite.toFile(prices, out);
        assertTrue(Files.isRegularFile(out));
        Candles back = ArrowPrices.read(out).get("X");
        assertArrayEquals(c.timestamp(), back.timestamp());
        assertArrayEquals(c.close(), back.close());
        assertArrayEquals(c.volume(), back.volume());
        assertThrows(IllegalArgumentException.class, () -> ArrowWrite.toFile(prices, dir.resolve("x.parquet")));
    }

    /**
     * A file or stream whose lengths are patched to 2^31-1 fails the read with the file named and the reason,
     * instead of Arrow growing its vectors to that length; Spark's Arrow allocator holds nothing afterwards.
     */
    @Test
    void corruptLengthsFailTheReadNamingTheFile() throws Exception {
        Map<String, Candles> series = Map.of("BTC", Candles.randomWalk(300, 4));
        for (String name : List.of("bad.arrow", "bad.arrows")) {
            Path file = dir.resolve(name);
            ArrowPrices.writeLong(series, file);
            byte[] bytes = Files.readAllBytes(file);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            int patched = 0;
            for (int i = 0; i + 8 <= bytes.length; i++) {
                if (b.getLong(i) == 300) {
                    b.putLong(i, Integer.MAX_VALUE); // the batch's row count and its columns' lengths
                    patched++;
                }
            }
            assertTrue(patched >= 2, name + ": " + patched + " lengths patched");
            Files.write(file, bytes);
            Exception e = assertThrows(Exception.class,
                    () -> spark.read().format("arrow").load(file.toString()).collectAsList(), name);
            String all = org.apache.commons.lang3.exception.ExceptionUtils.getThrowableList(e).stream()
                    .map(Throwable::getMessage).collect(java.util.stream.Collectors.joining(" | "));
            assertTrue(all.contains(file + ": not a valid Arrow IPC "), all);
            assertTrue(all.contains("2147483647"), all);
            assertEquals(0, org.apache.spark.sql.util.ArrowUtils.rootAllocator().getAllocatedMemory(), name);
        }
    }
}
