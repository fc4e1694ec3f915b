package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparktaCliTest {
    @TempDir
    Path tmp;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Sparkta.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

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
        double[][] want = bb.compute(new double[][] {io.sparkta.kernels.Source.HLC3.of(c)}, p, Kernel.AUTO);
        for (int o = 0; o < 3; o++) {
            assertArrayEquals(want[o], parseColumn(lines, o));
        }
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
            "unknown parameter 'bogus'", "no 'close' column", "unknown kernel 'avx9'", "exactly one of",
            "unknown option --outptu", "alma: invalid period = 9 for data length 5", "unknown command 'bogus'"};
        for (int i = 0; i < cases.length; i++) {
            Result r = run(cases[i]);
            assertEquals(2, r.status(), String.join(" ", cases[i]));
            assertTrue(r.err().contains(expected[i]), "'" + r.err() + "' lacks '" + expected[i] + "'");
            assertTrue(r.out().isEmpty(), r.out());
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

    private static double[] parseColumn(List<String> lines, int col) {
        List<Double> vals = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            vals.add(Double.parseDouble(line.split(",")[col]));
        }
        return vals.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
