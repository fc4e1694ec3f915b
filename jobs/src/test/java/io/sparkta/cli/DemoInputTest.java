package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's series, generated packed, are the candles the demo names, packed as any long-format input is. */
class DemoInputTest {
    private static final int SYMBOLS = 3;
    private static final int BARS = 300;

    @TempDir
    Path tmp;

    @Test
    void demoSweepEqualsTheSweepOfItsCandlesReadFromAFile() throws IOException {
        Map<String, Candles> series = new LinkedHashMap<>();
        for (int s = 0; s < SYMBOLS; s++) {
            series.put(String.format(Locale.ROOT, "SYM%04d", s), Candles.randomWalk(BARS, 1_000 + s));
        }
        Path prices = tmp.resolve("prices.arrow");
        ArrowPrices.writeLong(series, prices);

        List<String> fromDemo = sweep("--demo", SYMBOLS + ":" + BARS, "demo");
        List<String> fromFile = sweep("--input", prices.toString(), "file");
        assertEquals(SYMBOLS * 3 + 1, fromDemo.size(), String.join("\n", fromDemo)); // header and 3 combos each
        assertEquals(fromFile, fromDemo);
    }

    /** A sweep of hlc3-sourced ALMA (three packed columns) written as CSV: its lines, sorted. */
    private List<String> sweep(String inputOption, String input, String name) throws IOException {
        Path out = tmp.resolve(name);
        CommandLineTest.Result r = CommandLineTest.run("sweep", "--indicator", "alma", "--grid", "period=5;9;20",
                "--source", "hlc3", inputOption, input, "--output", out.toString(), "--format", "csv",
                "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".csv")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().sorted().toList();
        }
    }
}
