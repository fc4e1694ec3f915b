package io.sparkta.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkta.arrow.ArrowIndicators;
import io.sparkta.arrow.ArrowIpc;
import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Vectorization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interop with an independent Arrow implementation, the {@code apache-arrow} package from the npm registry run
 * by Node: its IPC files and streams are read by Sparkta (price files and the Spark data source), and Sparkta's
 * indicator and sweep files are read back by it, every value equal (tests/interop).
 */
class ArrowInteropTest {
    private static final Path ROOT = Path.of(System.getProperty("sparkta.root.dir", "..")).toAbsolutePath().normalize();
    private static final Path NODE = ROOT.resolve("tests/target/interop");
    private static final Path DATA = NODE.resolve("data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(String... command) throws Exception {
        Path log = Files.createTempFile("interop", ".log");
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(600, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String text = Files.readString(log);
        assertTrue(done && p.exitValue() == 0, String.join(" ", command) + " failed:\n" + text);
        return text;
    }

    @BeforeAll
    static void writeWithNode() throws Exception {
        run("tests/interop/install.sh", NODE.toString());
        Files.createDirectories(DATA);
        run("node", NODE.resolve("interop.mjs").toString(), "write", DATA.toString());
    }

    /** The series Node wrote, from its JSON: symbol to closes in time order (null as NaN). */
    private static Map<String, double[]> expectedCloses() throws Exception {
        JsonNode p = JSON.readTree(DATA.resolve("from-js.json").toFile());
        Map<String, List<Double>> bySymbol = new java.util.TreeMap<>();
        for (int i = 0; i < p.get("symbols").size(); i++) {
            JsonNode c = p.get("close").get(i);
            bySymbol.computeIfAbsent(p.get("symbols").get(i).asText(), k -> new ArrayList<>())
                    .add(c.isNull() ? Double.NaN : c.asDouble());
        }
        Map<String, double[]> out = new java.util.TreeMap<>();
        bySymbol.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    @Test
    void sparktaReadsWhatNodeWrote() throws Exception {
        Map<String, double[]> expected = expectedCloses();
        for (String file : List.of("from-js.arrow", "from-js.arrows")) {
            Map<String, Candles> read = ArrowPrices.read(DATA.resolve(file));
            assertEquals(expected.keySet(), new java.util.TreeSet<>(read.keySet()), file);
            for (String symbol : expected.keySet()) {
                assertArrayEquals(expected.get(symbol), read.get(symbol).close(), file + " " + symbol);
                long[] ts = read.get(symbol).timestamp();
                assertEquals(1_700_000_000_000L + 599 * 3_600_000L, ts[ts.length - 1], file + " " + symbol);
            }
        }
        SparkSession spark = SparkSession.builder().appName("ArrowInteropTest").master("local[1]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            List<Row> rows = spark.read().format("arrow").load(DATA.resolve("from-js.arrow").toString())
                    .where("symbol = 'BBB'").orderBy("ts").select("close").collectAsList();
            double[] closes = rows.stream().mapToDouble(r -> r.getDouble(0)).toArray();
            assertArrayEquals(expected.get("BBB"), closes);
        } finally {
            spark.stop();
        }
    }

    @Test
    void nodeReadsWhatSparktaWrote() throws Exception {
        double[] close = ArrowPrices.read(DATA.resolve("from-js.arrow")).get("AAA").close(); // has a NaN at 250
        Indicator alma = Indicators.get("alma");
        ObjectNode expected = JSON.createObjectNode();
        try (BufferAllocator allocator = new RootAllocator()) {
            Float8Vector in = new Float8Vector("close", allocator);
            in.allocateNew(close.length);
            for (int t = 0; t < close.length; t++) {
                in.set(t, close[t]);
            }
            in.setValueCount(close.length);
            List<FieldVector> out = ArrowIndicators.compute(alma, List.of(in), alma.spec().defaults(),
                    Vectorization.AUTO,
                    allocator);
            List<FieldVector> columns = new ArrayList<>(List.of(in));
            columns.addAll(out);
            try (VectorSchemaRoot single = new VectorSchemaRoot(columns)) {
                ArrowIpc.write(single, DATA.resolve("from-java.arrow"));
            }
            ObjectNode singleJson = expected.putObject("single");
            put(singleJson.putArray("close"), close);
            put(singleJson.putArray("values"), alma.values(close, 9, 0.85, 6.0));

            ParamGrid grid = ParamGrid.parse(alma.spec(), "period=5:9:2,sigma=4;6");
            try (Float8Vector series = vector(close, allocator);
                 VectorSchemaRoot sweep = ArrowIndicators.sweep(alma, List.of(series), grid,
                         BatchOptions.serial(Vectorization.AUTO),
                         allocator)) {
                ArrowIpc.write(sweep, DATA.resolve("from-java.arrows"));
                ObjectNode sweepJson = expected.putObject("sweep");
                ArrayNode periods = sweepJson.putArray("period"), values = sweepJson.putArray("values");
                for (double[] combo : grid.combos()) {
                    periods.add((int) combo[0]);
                    put(values.addArray(), alma.values(close, combo));
                }
                assertEquals(6, ((ListVector) sweep.getVector("values")).getValueCount());
            }
        }
        JSON.writeValue(DATA.resolve("from-java.json").toFile(), expected);
        String report = run("node", NODE.resolve("interop.mjs").toString(), "check", DATA.toString());
        assertTrue(report.contains("checked " + (2 * 600 + 6 * 600 + 6) + " values"), report); // close, alma, sweep
    }

    private static Float8Vector vector(double[] values, BufferAllocator allocator) {
        Float8Vector v = new Float8Vector("close", allocator);
        v.allocateNew(values.length);
        for (int t = 0; t < values.length; t++) {
            v.set(t, values[t]);
        }
        v.setValueCount(values.length);
        return v;
    }

    /** Doubles as JSON numbers (Java's shortest round-trip text), NaN as null. */
    private static void put(ArrayNode array, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
    }
}
