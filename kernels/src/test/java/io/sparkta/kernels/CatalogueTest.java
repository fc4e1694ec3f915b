package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered indicator against VectorTA's catalogue ({@code ../shared/reference/vectorta_catalogue.json}):
 * id, input fields, parameter names, types and defaults, output names.
 */
class CatalogueTest {
    private static final Pattern RANGE = Pattern.compile("\\(\\s*([-0-9.e]+),\\s*([-0-9.e]+),\\s*([-0-9.e]+)\\s*\\)");
    private static final Pattern SOURCE = Pattern.compile("source \\(default (\\w+)\\)|(\\w+) \\(source\\)");

    static Map<String, JsonNode> catalogue() throws IOException {
        SharedData.assumePresent();
        JsonNode root = new ObjectMapper().readTree(SharedData.dir().resolve("reference/vectorta_catalogue.json").toFile());
        Map<String, JsonNode> byId = new HashMap<>();
        root.get("indicators").forEach(e -> byId.put(e.get("name").asText(), e));
        return byId;
    }

    @TestFactory
    Stream<DynamicTest> descriptorsMatchTheCatalogue() throws IOException {
        Map<String, JsonNode> catalogue = catalogue();
        return Indicators.all().stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            if (Indicators.isPatternFunction(ind.spec())) {
                checkPatternFunction(ind.spec(), catalogue.get("pattern_recognition"));
                return;
            }
            JsonNode entry = catalogue.get(ind.id());
            assertNotNull(entry, ind.id() + " is not one of VectorTA's ids");
            check(ind.spec(), entry);
        }));
    }

    /**
     * A {@code cdl*} function of VectorTA's pattern_recognition.rs: one of pattern_recognition's pattern types,
     * with its inputs and output, taking at most its penetration.
     */
    private static void checkPatternFunction(IndicatorSpec spec, JsonNode patternRecognition) {
        IndicatorSpec dispatcher = Indicators.get("pattern_recognition").spec();
        assertTrue(dispatcher.param("pattern_type").choiceIndex(spec.id()) >= 0, spec.id() + " is a pattern type");
        List<String> inputs = new ArrayList<>();
        patternRecognition.get("inputs").forEach(i -> inputs.add(i.asText()));
        assertEquals(inputs, spec.inputs(), spec.id() + " inputs");
        assertEquals(List.of("values"), spec.outputs(), spec.id() + " outputs");
        for (ParamSpec p : spec.params()) {
            assertEquals("penetration", p.name(), spec.id() + " parameters");
            assertEquals(ParamType.REAL, p.type(), spec.id() + ".penetration is real");
        }
    }

    private static void check(IndicatorSpec spec, JsonNode entry) {
        String id = spec.id();
        List<String> inputs = new ArrayList<>();
        entry.get("inputs").forEach(i -> inputs.add(i.asText()));
        if (!inputs.isEmpty()) { // ma, the selector, lists none
            assertEquals(inputs.size(), spec.inputs().size(), id + " inputs " + inputs + " vs " + spec.inputs());
            for (int i = 0; i < inputs.size(); i++) {
                Matcher m = SOURCE.matcher(inputs.get(i));
                String want = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : inputs.get(i);
                assertEquals(want, spec.inputs().get(i), id + " input " + i);
                if (m.matches() && inputs.size() == 1) {
                    assertTrue(spec.sourceSelectable(), id + " takes any source in VectorTA");
                }
            }
        }
        List<String> outputs = new ArrayList<>();
        entry.get("outputs").forEach(o -> outputs.add(o.asText()));
        if (!outputs.isEmpty()) {
            assertEquals(outputs, spec.outputs(), id + " outputs");
        }
        checkSweepRanges(spec, entry);
        if (outputs.isEmpty()) {
            return; // ma: a dispatcher, whose parameters the catalogue does not list
        }
        JsonNode params = entry.get("params");
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(p.get("name").asText()));
        assertEquals(names, spec.params().stream().map(ParamSpec::name).toList(), id + " parameter names");
        for (JsonNode p : params) {
            ParamSpec ours = spec.param(p.get("name").asText());
            String label = id + "." + ours.name();
            JsonNode def = p.get("default");
            switch (p.get("type").asText()) {
                case "usize", "u32" -> {
                    assertEquals(ParamType.INT, ours.type(), label + " is an unsigned integer");
                    assertTrue(ours.min() >= 0, label + " cannot be negative");
                    assertEquals(def.asDouble(), ours.defaultValue(), label + " default");
                }
                case "i32" -> {
                    assertEquals(ParamType.INT, ours.type(), label + " is an integer");
                    assertEquals(def.asDouble(), ours.defaultValue(), label + " default");
                }
                case "f64" -> {
                    assertEquals(ParamType.REAL, ours.type(), label + " is real");
                    assertEquals(def.asDouble(), ours.defaultValue(), 1e-15, label + " default");
                }
                case "bool" -> {
                    assertEquals(ParamType.INT, ours.type(), label + " is a flag");
                    assertEquals(0, ours.min(), label + " flag range");
                    assertEquals(1, ours.max(), label + " flag range");
                    assertEquals(def.asBoolean() ? 1 : 0, ours.defaultValue(), label + " default");
                }
                default -> { // String and enums: a choice whose default is VectorTA's, case-insensitively
                    assertEquals(ParamType.CHOICE, ours.type(), label + " is a choice");
                    if (def.isNull()) {
                        continue; // an enum's Default impl, which the catalogue does not record
                    }
                    assertTrue(ours.choiceIndex(def.asText()) >= 0, label + " lacks VectorTA's default " + def);
                    assertEquals(ours.choiceIndex(def.asText()), (int) ours.defaultValue(), label + " default");
                }
            }
        }
    }

    /** A declared default sweep range is VectorTA's {@code default_range} for that parameter. */
    private static void checkSweepRanges(IndicatorSpec spec, JsonNode entry) {
        for (JsonNode field : entry.path("batch_range").path("fields")) {
            ParamSpec ours = spec.params().stream().filter(p -> p.name().equals(field.get("name").asText()))
                    .findFirst().orElse(null);
            Matcher m = RANGE.matcher(field.path("default_range").asText());
            if (ours == null || ours.sweepRange() == null || !m.matches()) {
                continue;
            }
            double[] want = {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))};
            assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(ours.sweepRange()),
                    spec.id() + "." + ours.name() + " default sweep range");
        }
    }

    /** The coverage line: how many of VectorTA's indicators are registered (printed, and never fewer). */
    @Test
    void coverage() throws IOException {
        Map<String, JsonNode> catalogue = catalogue();
        long covered = Indicators.all().stream().filter(ind -> catalogue.containsKey(ind.id())).count();
        long patterns = Indicators.all().stream().filter(ind -> Indicators.isPatternFunction(ind.spec())).count();
        System.out.println(Indicators.coverageLine(catalogue.size()));
        assertEquals(Indicators.all().size(), covered + patterns, "every registered indicator is one of VectorTA's");
        assertTrue(Indicators.coverageLine(catalogue.size()).startsWith(covered + " of " + catalogue.size()));
    }
}
