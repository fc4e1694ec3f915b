package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * VectorTA reference values for indicators whose Rust tests give no values on the whole 4h file: ehma on
 * hand-written inputs (quoted in the entry's notes, expected outputs at explicit indices), and sama on the
 * file's first 300 closes (its Python binding tests).
 */
class SyntheticReferenceTest {
    private static final Pattern INPUT = Pattern.compile("input: ([-0-9., ]+)\\.\\s");
    private static final Pattern INDICES = Pattern.compile("indices \\[([0-9, ]+)]");

    @Test
    void ehmaOnItsSyntheticSeries() {
        SharedData.assumePresent();
        int checked = 0;
        for (JsonNode e : SharedData.reference().get("entries")) {
            if (!e.get("indicator").asText().equals("ehma") || !e.get("inputs").toString().contains("synthetic")) {
                continue;
            }
            Matcher input = INPUT.matcher(e.get("notes").asText()), at = INDICES.matcher(e.get("position").asText());
            assertTrue(input.find() && at.find(), "cannot read the synthetic input of " + e);
            double[] x = Arrays.stream(input.group(1).split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
            int[] indices = Arrays.stream(at.group(1).split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
            double[] out = Indicators.get("ehma").compute(new double[][] {x}, new double[] {e.get("params").get("period")
                    .asDouble()}, Vectorization.AUTO)[0];
            for (int i = 0; i < indices.length; i++) {
                double want = e.get("expected").get(i).asDouble();
                assertEquals(want, out[indices[i]], 5e-9 + 1e-12 * Math.abs(want), "ehma at " + indices[i]);
                checked++;
            }
            for (int t = 0; t < indices[0]; t++) {
                assertTrue(Double.isNaN(out[t]), "ehma warm-up at " + t);
            }
        }
        assertEquals(5, checked);
    }

    @Test
    void samaOnTheFirst300Closes() {
        SharedData.assumePresent();
        double[] close = Arrays.copyOf(SharedData.btc4h().close(), 300);
        Indicator sama = Indicators.get("sama");
        int checked = 0;
        for (JsonNode e : SharedData.reference().get("python_binding_reference_hints").get("entries")) {
            if (!e.get("indicator").asText().equals("sama")) {
                continue;
            }
            double[] p = ConformanceTest.params(sama.spec(), e.get("params"));
            for (Vectorization k : TestVectorizations.all()) {
                double[] out = sama.compute(new double[][] {close}, p, k)[0];
                assertTrue(Arrays.stream(out).noneMatch(Double::isNaN), "sama has no warm-up");
                for (int i = 0; i < 5; i++) {
                    double want = e.get("expected").get(i).asDouble();
                    assertEquals(want, out[295 + i], 1e-12 * Math.abs(want), "sama " + Arrays.toString(p) + " at " + (295 + i));
                    checked++;
                }
            }
        }
        assertEquals(5 * 2 * TestVectorizations.all().size(), checked);
    }
}
