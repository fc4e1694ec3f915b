package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import io.sparkta.spark.SeriesTransform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random corruptions (truncations, flipped bytes, huge 32- and 64-bit values) of every input format
 * the command line reads: CSV and Arrow IPC files and streams through {@code compute --input}, Parquet through
 * the Spark jobs' reader. Each gives an error or a well-formed result, within a time bound; the command line's
 * errors are one line with exit status 2.
 */
class InputFuzzTest {
    private static final int BARS = 300;
    @TempDir
    Path dir;

    static byte[] corrupt(byte[] good, Random random) {
        ByteBuffer bad = ByteBuffer.wrap(good.clone()).order(ByteOrder.LITTLE_ENDIAN);
        switch (random.nextInt(4)) {
            case 0 -> {
                return Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 1 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int at = random.nextInt(good.length);
                    bad.put(at, (byte) (bad.get(at) ^ (1 << random.nextInt(8))));
                }
            }
            case 2 -> bad.putInt(random.nextInt(good.length / 4) * 4, Integer.MAX_VALUE);
            default -> bad.putLong(random.nextInt(good.length / 8) * 8, 1L << (20 + random.nextInt(43)));
        }
        return bad.array();
    }

    /**
     * compute over each corruption of a valid input: exit 0 with at most one row per bar, or an error of one
     * line (exit 2 naming the file where {@code usageError}; the CSV reader, being moved to Commons CSV, still
     * reports bytes that are not UTF-8 as an unexpected failure, exit 1).
     */
    private void fuzzCompute(String name, byte[] good, int cases, Random random, boolean usageError)
            throws IOException {
        Path input = dir.resolve(name), output = dir.resolve("out.csv");
        int errors = 0;
        for (int i = 0; i < cases; i++) {
            Files.write(input, corrupt(good, random));
            Files.deleteIfExists(output);
            CommandLineTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CommandLineTest.run("compute", "sma", "--input", input.toString(), "--output", output.toString()), name);
            if (r.status() == 0) {
                long rows;
                try (Stream<String> lines = Files.lines(output)) {
                    rows = lines.count() - 1;
                }
                assertTrue(rows <= BARS, name + " case " + i + ": " + rows + " rows from " + BARS + " bars");
            } else {
                errors++;
                assertEquals(1, r.err().lines().count(), name + " case " + i + ": " + r.err());
                assertTrue(r.err().startsWith("sparkta compute: "), r.err());
                if (usageError) {
                    assertEquals(2, r.status(), name + " case " + i + ": " + r.err());
                    assertTrue(r.err().contains(input.toString()), r.err());
                }
            }
        }
        assertTrue(errors > 0, name + ": no corruption was refused");
    }

    @Test
    void csvAndArrowInputsOfComputeGiveOneLineErrorsOrResults() throws IOException {
        Candles c = Candles.randomWalk(BARS, 5);
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        for (int t = 0; t < BARS; t++) {
            csv.append(c.timestamp()[t]).append(',').append(c.open()[t]).append(',').append(c.high()[t]).append(',')
                    .append(c.low()[t]).append(',').append(c.close()[t]).append(',').append(c.volume()[t]).append('\n');
        }
        Random random = new Random(22);
        fuzzCompute("fuzz.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 150, random, false);
        for (String name : List.of("fuzz.arrow", "fuzz.arrows")) {
            Path valid = dir.resolve("valid-" + name);
            ArrowPrices.writeLong(Map.of("BTC", c), valid);
            fuzzCompute(name, Files.readAllBytes(valid), 100, random, true);
        }
    }

    /** Parquet through the jobs' reader: an error naming the file, or every row. */
    @Test
    void parquetInputsGiveErrorsOrEveryRow() throws IOException {
        SparkSession spark = SparkSessions.create("InputFuzzTest", "local[2]");
        try {
            Path written = dir.resolve("valid");
            Dataset<Row> packed = JobData.demoPacked(spark, 2, BARS);
            List<String> arrays = List.of(packed.columns()).subList(1, packed.columns().length);
            SeriesTransform.unpack(packed, List.of("symbol"), arrays).coalesce(1).write().parquet(written.toString());
            Path part;
            try (Stream<Path> files = Files.list(written)) {
                part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
            }
            byte[] good = Files.readAllBytes(part);
            Path input = dir.resolve("fuzz.parquet");
            Random random = new Random(23);
            int errors = 0;
            for (int i = 0; i < 40; i++) {
                Files.write(input, corrupt(good, random));
                int caseNo = i;
                String error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    try {
                        List<Row> rows = JobData.read(spark, input.toString()).collectAsList();
                        assertEquals(2 * BARS, rows.size(), "case " + caseNo);
                        return null;
                    } catch (Exception e) {
                        return messages(e);
                    }
                });
                if (error != null) {
                    errors++;
                    assertTrue(error.contains("fuzz.parquet"), "case " + i + ": " + error);
                }
            }
            assertTrue(errors > 0, "no corruption was refused");
        } finally {
            spark.stop();
        }
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t).append(" | ");
        }
        return b.toString();
    }
}
