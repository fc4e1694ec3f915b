package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed docs/indicators.md must be exactly what the descriptors generate. */
class IndicatorTableTest {
    @Test
    void committedTableIsUpToDate() throws Exception {
        String generated = IndicatorTable.markdown(Indicators.all());
        for (Indicator ind : Indicators.all()) {
            assertTrue(generated.contains("| `" + ind.id() + "` |"), ind.id());
        }
        Path file = Path.of(System.getProperty("sparkta.root.dir", ".."), "docs", "indicators.md");
        assertTrue(Files.exists(file), "missing " + file + ": run bin/sparkta docs --output docs/indicators.md");
        assertEquals(generated, Files.readString(file),
                "docs/indicators.md is stale: run bin/sparkta docs --output docs/indicators.md");
    }
}
