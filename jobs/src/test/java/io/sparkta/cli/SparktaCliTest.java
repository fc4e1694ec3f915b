package io.sparkta.cli;

import static io.sparkta.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkta.arrow.ArrowIpc;
import io.sparkta.cli.CommandLineTest.Result;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Source;
import io.sparkta.kernels.Warmup;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparktaCliTest {
    @TempDir
    Path tmp;

    @Test
    void listEndsWithTheCoverageLine() {
        Result r = run("list");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(Indicators.all().size() + 1, lines.length);
        assertEquals(Indicators.coverageLine(193), lines[lines.length - 1]);
        long patterns = Indicators.all().stream().filter(i -> Indicators.isPatternFunction(i.spec())).count();
        assertTrue(lines[lines.length - 1].startsWith((Indicators.all().size() - patterns) + " of 193 VectorTA "
                + "indicators"), lines[lines.length - 1]);
    }

    @Test
    void listJsonIsTheCatalogue() throws Exception {
        Result r = run("list", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Indicators.all().size(), json.size());
        for (JsonNode entry : json) {
            Indicator ind = Indicators.get(entry.get("id").asText());
            assertEquals(ind.spec().inputs().size(), entry.get("inputs").size());
            assertEquals(ind.spec().outputs().get(0), entry.get("outputs").get(0).asText());
            assertEquals(ind.spec().outputTypes().get(0).name().toLowerCase(java.util.Locale.ROOT),
                    entry.get("output_types").get(0).asText());
            for (int i = 0; i < ind.spec().params().size(); i++) {
                ParamSpec p = ind.spec().params().get(i);
                JsonNode jp = entry.get("params").get(i);
                assertEquals(p.name(), jp.get("name").asText());
                assertEquals(p.format(p.defaultValue()), jp.get("default").asText());
            }
        }
        JsonNode alma = null;
        for (JsonNode entry : json) {
            alma = entry.get("id").asText().equals("alma") ? entry : alma;
        }
        assertEquals("alma", alma.get("id").asText());
        assertEquals(9, alma.get("params").get(0).get("default").asInt());
        assertEquals(1.0, alma.get("params").get(1).get("max").asDouble());
        JsonNode ttm = null;
        for (JsonNode entry : json) {
            ttm = entry.get("id").asText().equals("ttm_trend") ? entry : ttm;
        }
        assertEquals("bool", ttm.get("output_types").get(0).asText());
        assertEquals("hl2", ttm.get("inputs").get(0).asText());
        assertTrue(ttm.get("source_selectable").asBoolean());
    }

    @Test
    void computeOnDemoDataEqualsTheKernel() throws Exception {
        Path out = tmp.resolve("alma.csv");
        Result r = run("compute", "alma", "--demo", "5000", "--param", "period=21", "--param", "sigma=4.5",
                "--kernel", "scalar", "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("values", lines.get(0));
        assertEquals(5001, lines.size());
        double[] want = Indicators.get("alma").values(Candles.randomWalk(5000, ComputeCommand.DEMO_SEED).close(),
                21, 0.85, 4.5);
        assertArrayEquals(want, parseColumn(lines, 0));
        assertEquals("NaN", lines.get(20));
    }

    @Test
    void computeReadsNamedColumnsInAnyOrder() throws Exception {
        Candles c = Candles.randomWalk(300, 3);
        Path in = tmp.resolve("in.csv");
        StringBuilder csv = new StringBuilder("note,close,low,Volume,high,timestamp,open\n");
        for (int i = 0; i < c.size(); i++) {
            csv.append("x,").append(c.close()[i]).append(',').append(c.low()[i]).append(',').append(c.volume()[i])
                    .append(',').append(c.high()[i]).append(',').append(c.timestamp()[i]).append(',')
                    .append(c.open()[i]).append('\n');
        }
        Files.writeString(in, csv);
        Path out = tmp.resolve("bb.csv");
        Result r = run("compute", "bollinger_bands", "--input", in.toString(), "--source", "hlc3",
                "--param", "matype=smma", "--param", "devup=1.5", "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("upper_band,middle_band,lower_band", lines.get(0));
        Indicator bb = Indicators.get("bollinger_bands");
        double[] p = bb.spec().defaults();
        p[1] = 1.5;
        p[3] = bb.spec().param("matype").choiceIndex("smma");
        double[][] want = bb.compute(new double[][] {io.sparkta.kernels.Source.HLC3.of(c)}, p, Vectorization.AUTO);
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(want[o], parseColumn(lines, o));
        }
    }

    /**
     * A boolean output is written as true/false with an empty field where there is no value (the warm-up), in
     * CSV, and as a bool column with nulls in Arrow; {@code --source} picks the first input only, the other inputs
     * staying their columns.
     */
    @Test
    void computeBooleanOutputsAndSelectableSource() throws Exception {
        Candles c = Candles.randomWalk(400, ComputeCommand.DEMO_SEED);
        Indicator ttm = Indicators.get("ttm_trend");
        Result r = run("compute", "ttm_trend", "--demo", "400", "--param", "period=6", "--output", "-");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("values", lines.get(0));
        assertEquals(401, lines.size());
        assertEquals("\"\"", lines.get(5), "bar 4: warm-up, an empty field quoted so that the line is not blank");
        assertTrue(lines.get(6).equals("true") || lines.get(6).equals("false"), lines.get(6));
        assertTrue(lines.contains("true") && lines.contains("false") && !lines.contains("NaN") && !lines.contains(""));
        assertArrayEquals(ttm.compute(new double[][] {Source.HL2.of(c), c.close()}, new double[] {6},
                Vectorization.AUTO)[0],
                parseTyped(lines, 0));
        r = run("compute", "ttm_trend", "--demo", "400", "--source", "close", "--output", "-");
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(ttm.compute(new double[][] {c.close(), c.close()}, new double[] {5}, Vectorization.AUTO)[0],
                parseTyped(r.out().lines().toList(), 0));
        Indicator nama = Indicators.get("nama");
        r = run("compute", "nama", "--demo", "400", "--source", "hlc3", "--param", "period=12", "--output", "-");
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(nama.compute(new double[][] {Source.HLC3.of(c), c.high(), c.low(), c.close()},
                new double[] {12}, Vectorization.AUTO)[0], parseColumn(r.out().lines().toList(), 0));

        Path arrow = tmp.resolve("trend.arrow");
        r = run("compute", "ttm_trend", "--demo", "400", "--param", "period=6", "--output", arrow.toString());
        assertEquals(0, r.status(), r.err());
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(arrow, allocator)) {
            BitVector bits = (BitVector) root.getVector("values");
            assertEquals(5, bits.getNullCount());
            double[] got = new double[bits.getValueCount()];
            for (int t = 0; t < got.length; t++) {
                got[t] = bits.isNull(t) ? Double.NaN : bits.get(t);
            }
            assertArrayEquals(parseTyped(lines, 0), got);
        }
    }

    /** Integers as integers, booleans as true/false, both empty where there is no value; reals with NaN. */
    @Test
    void csvWritesIntegersAndBooleansByType() throws Exception {
        IndicatorSpec spec = IndicatorSpec.builder("codes", "Codes", Category.OTHER).source("close")
                .output("code", OutputType.INT, Warmup.none()).output("signal", OutputType.BOOL, Warmup.none())
                .output("level", Warmup.none()).build();
        StringWriter w = new StringWriter();
        double nan = Double.NaN;
        ComputeCommand.write(spec, new double[][] {{-100, 0, nan, 2_000_000_000}, {1, 0, nan, 1}, {1.5, 0.1, nan, 3.25}}, w);
        assertEquals("code,signal,level\n-100,true,1.5\n0,false,0.1\n\"\",,NaN\n2000000000,true,3.25\n", w.toString());
    }

    @Test
    void errorsAreOneClearLineAndNonZero() throws Exception {
        Path noClose = tmp.resolve("noclose.csv");
        Files.writeString(noClose, "timestamp,open\n1,2\n");
        String[][] cases = {
            {"compute", "nope", "--demo", "10", "--output", "-"},
            {"compute", "alma", "--demo", "100", "--param", "sigma=0", "--output", "-"},
            {"compute", "alma", "--demo", "100", "--param", "bogus=1", "--output", "-"},
            {"compute", "atr", "--input", noClose.toString(), "--output", "-"},
            {"compute", "alma", "--demo", "100", "--kernel", "avx9", "--output", "-"},
            {"compute", "alma", "--demo", "100", "--input", "x.csv", "--output", "-"},
            {"compute", "alma", "--demo", "100", "--outptu", "-"},
            {"compute", "alma", "--demo", "5", "--output", "-"},
            {"bogus"},
        };
        String[] expected = {"unknown indicator 'nope'", "alma: invalid sigma = 0.0 (valid: > 0.0)",
            "unknown parameter 'bogus'", "no 'close' column", "unknown kernel 'avx9'", "mutually exclusive",
            "(did you mean --output?)", "alma: invalid period = 9 for data length 5",
            "Unmatched argument at index 0: 'bogus'"};
        for (int i = 0; i < cases.length; i++) {
            Result r = run(cases[i]);
            assertEquals(2, r.status(), String.join(" ", cases[i]));
            assertTrue(r.err().contains(expected[i]), "'" + r.err() + "' lacks '" + expected[i] + "'");
            assertTrue(r.out().isEmpty(), r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void shortestRoundTripDoubles() {
        double[] samples = {0.1, 1.0 / 3, 2e-3, 59286.72216703832, 1e300, -4.35e-7, 123456789.0, 2.0E-3 + 1e-18};
        for (double v : samples) {
            String s = ShortestDouble.format(v);
            assertEquals(v, Double.parseDouble(s), s);
            assertTrue(s.replaceAll("[^0-9]", "").replaceAll("^0+", "").length() <= 17, s);
        }
        assertEquals("0.1", ShortestDouble.format(0.1));
        assertEquals("NaN", ShortestDouble.format(Double.NaN));
    }

    /** A column of integers or booleans as doubles: true 1, false 0, an empty field NaN. */
    private static double[] parseTyped(List<String> lines, int col) {
        List<Double> vals = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String f = line.split(",", -1)[col];
            vals.add(f.isEmpty() || f.equals("\"\"") ? Double.NaN
                    : f.equals("true") ? 1.0 : f.equals("false") ? 0.0 : Double.parseDouble(f));
        }
        return vals.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] parseColumn(List<String> lines, int col) {
        List<Double> vals = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            vals.add(Double.parseDouble(line.split(",")[col]));
        }
        return vals.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
