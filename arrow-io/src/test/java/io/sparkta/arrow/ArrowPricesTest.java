package io.sparkta.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Price files round-trip in both layouts and both IPC formats; long rows in any order are sorted per series. */
class ArrowPricesTest {
    @TempDir
    Path dir;

    static Map<String, Candles> series() {
        Map<String, Candles> s = new LinkedHashMap<>();
        s.put("BTC", Candles.randomWalk(500, 1));
        s.put("ETH", Candles.randomWalk(321, 2));
        s.put("SOL", Candles.randomWalk(7, 3));
        return s;
    }

    @Test
    void bothLayoutsRoundTripInFilesAndStreams() throws Exception {
        Map<String, Candles> expected = series();
        for (String name : List.of("long.arrow", "long.arrows", "long.feather")) {
            ArrowPrices.writeLong(expected, dir.resolve(name));
            assertSame(expected, ArrowPrices.read(dir.resolve(name)), name);
        }
        for (String name : List.of("series.arrow", "series.arrows")) {
            ArrowPrices.writePerSeries(expected, dir.resolve(name));
            assertSame(expected, ArrowPrices.read(dir.resolve(name)), name);
        }
    }

    @Test
    void longRowsInAnyOrderWithMillisecondTimesAndNulls() throws Exception {
        Candles c = Candles.randomWalk(200, 9);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        Schema schema = new Schema(List.of(
                new Field("Symbol", FieldType.notNullable(ArrowType.Utf8.INSTANCE), null),
                new Field("timestamp", FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, null)), null),
                new Field("close", FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null)));
        Path file = dir.resolve("shuffled.arrow");
        double[] close = c.close().clone();
        close[17] = Double.NaN;
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
            root.allocateNew();
            for (int row = 0; row < order.size(); row++) {
                int k = order.get(row), t = k % 200;
                ((VarCharVector) root.getVector(0)).setSafe(row, (k < 200 ? "A" : "B").getBytes(StandardCharsets.UTF_8));
                ((TimeStampMilliVector) root.getVector(1)).setSafe(row, c.timestamp()[t]);
                if (t == 17) {
                    ((Float8Vector) root.getVector(2)).setNull(row);
                } else {
                    ((Float8Vector) root.getVector(2)).setSafe(row, close[t]);
                }
            }
            root.setRowCount(order.size());
            ArrowIpc.write(root, file);
        }
        Map<String, Candles> read = ArrowPrices.read(file);
        assertEquals(2, read.size());
        for (Candles r : read.values()) {
            assertArrayEquals(c.timestamp(), r.timestamp());
            assertArrayEquals(close, r.close());
        }
    }

    @Test
    void unknownExtensionsAndMissingColumnsAreClearErrors() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArrowPrices.writeLong(series(), dir.resolve("prices.parquet")));
        assertTrue(e.getMessage().contains(".arrow"), e.getMessage());
        Schema schema = new Schema(List.of(new Field("open",
                FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null)));
        Path file = dir.resolve("open-only.arrow");
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
            root.setRowCount(0);
            ArrowIpc.write(root, file);
        }
        e = assertThrows(IllegalArgumentException.class, () -> ArrowPrices.read(file));
        assertTrue(e.getMessage().contains("'close'"), e.getMessage());
    }

    private static void assertSame(Map<String, Candles> expected, Map<String, Candles> actual, String where) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), where);
        for (String key : expected.keySet()) {
            Candles e = expected.get(key), a = actual.get(key);
            assertArrayEquals(e.timestamp(), a.timestamp(), where + " " + key);
            assertArrayEquals(e.open(), a.open(), where + " " + key);
            assertArrayEquals(e.high(), a.high(), where + " " + key);
            assertArrayEquals(e.low(), a.low(), where + " " + key);
            assertArrayEquals(e.close(), a.close(), where + " " + key);
            assertArrayEquals(e.volume(), a.volume(), where + " " + key);
        }
    }
}
