package io.sparkta.cli;

import static io.sparkta.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.cli.CommandLineTest.Result;
import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compute, sql, sweep and backtest with Arrow files in and out, chosen by the file extension. */
class ArrowCommandsTest {
    @TempDir
    Path tmp;

    private static Map<String, Candles> twoSeries() {
        Map<String, Candles> series = new LinkedHashMap<>();
        series.put("AAA", Candles.randomWalk(400, 11));
        series.put("BBB", Candles.randomWalk(250, 12));
        return series;
    }

    private static double[] doubles(Float8Vector v) {
        double[] out = new double[v.getValueCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    @Test
    void computeReadsAndWritesArrow() throws Exception {
        Candles c = Candles.randomWalk(3000, 4);
        Path in = tmp.resolve("one.feather"), out = tmp.resolve("alma.arrow");
        ArrowPrices.writeLong(Map.of("X", c), in);
        Result r = run("compute", "bollinger_bands", "--input", in.toString(), "--param", "period=30", "--output",
                out.toString());
        assertEquals(0, r.status(), r.err());
        double[] params = Indicators.get("bollinger_bands").spec().defaults();
        params[0] = 30;
        double[][] want = Indicators.get("bollinger_bands").compute(new double[][] {c.close()}, params,
                io.sparkta.kernels.Vectorization.AUTO);
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(out, allocator)) {
            assertEquals(List.of("upper_band", "middle_band", "lower_band"),
                    root.getSchema().getFields().stream().map(f -> f.getName()).toList());
            for (int o = 0; o < 3; o++) {
                assertArrayEquals(want[o], doubles((Float8Vector) root.getVector(o)), "output " + o);
            }
        }
        Path two = tmp.resolve("two.arrows");
        ArrowPrices.writeLong(twoSeries(), two);
        r = run("compute", "alma", "--input", two.toString(), "--output", tmp.resolve("x.csv").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("holds 2 series") && r.err().lines().count() == 1, r.err());
    }

    /**
     * A parameter named alone sweeps its default range; an indicator's default source is computed from the
     * candle columns where it is none of them (TTM Trend's hl2), {@code --source} picks another; boolean outputs
     * are lists of booleans, null during the warm-up.
     */
    @Test
    void sweepDefaultRangesSourcesAndBooleanOutputs() throws Exception {
        Map<String, Candles> series = twoSeries();
        Path prices = tmp.resolve("prices.arrow");
        ArrowPrices.writeLong(series, prices);
        Path rsiOut = tmp.resolve("rsi.arrow");
        Result r = run("sweep", "--indicator", "rsi", "--grid", "period", "--input", prices.toString(),
                "--output", rsiOut.toString(), "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(rsiOut, allocator)) {
            assertEquals(2 * 250, root.getRowCount()); // RSI's default range 14..263
            IntVector period = (IntVector) root.getVector("period");
            java.util.Set<Integer> periods = new java.util.TreeSet<>();
            for (int row = 0; row < root.getRowCount(); row++) {
                periods.add(period.get(row));
            }
            assertEquals(250, periods.size());
            assertEquals(14, ((java.util.TreeSet<Integer>) periods).first());
            assertEquals(263, ((java.util.TreeSet<Integer>) periods).last());
        }
        for (String source : new String[] {null, "close"}) {
            Path out = tmp.resolve("ttm-" + source + ".arrow");
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "--indicator", "ttm_trend", "--grid",
                    "period=4;8", "--input", prices.toString(), "--output", out.toString(), "--master", "local[2]"));
            if (source != null) {
                args.addAll(List.of("--source", source));
            }
            r = run(args.toArray(String[]::new));
            assertEquals(0, r.status(), r.err());
            io.sparkta.kernels.Indicator ttm = Indicators.get("ttm_trend");
            try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(out, allocator)) {
                assertEquals(4, root.getRowCount());
                VarCharVector symbol = (VarCharVector) root.getVector("symbol");
                IntVector period = (IntVector) root.getVector("period");
                ListVector values = (ListVector) root.getVector("values");
                for (int row = 0; row < 4; row++) {
                    Candles c = series.get(new String(symbol.get(row), StandardCharsets.UTF_8));
                    double[] want = ttm.compute(ttm.spec().select(c, source == null ? null
                            : io.sparkta.kernels.Source.of(source)), new double[] {period.get(row)},
                            io.sparkta.kernels.Vectorization.AUTO)[0];
                    List<?> got = values.getObject(row);
                    for (int t = 0; t < want.length; t++) {
                        Object v = got.get(t);
                        assertEquals(want[t], v == null ? Double.NaN : (Boolean) v ? 1.0 : 0.0, 0.0, source + " bar " + t);
                    }
                    assertEquals(null, got.get(period.get(row) - 2), "warm-up");
                }
            }
        }
        r = run("sweep", "--indicator", "atr", "--grid", "length=5", "--input", prices.toString(), "--source", "hl2",
                "--output", tmp.resolve("atr.arrow").toString(), "--master", "local[2]");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("takes no --source"), r.err());
    }

    @Test
    void sqlSweepAndBacktestOnArrowFiles() throws Exception {
        Map<String, Candles> series = twoSeries();
        Path prices = tmp.resolve("prices.arrow");
        ArrowPrices.writeLong(series, prices);

        Path sqlOut = tmp.resolve("sma.arrows");
        Result r = run("sql", "SELECT symbol, ts, ta_sma(close, 10) OVER (PARTITION BY symbol ORDER BY ts) AS sma "
                + "FROM prices ORDER BY symbol, ts", "--table", "prices=" + prices, "--master", "local[2]",
                "--output", sqlOut.toString());
        assertEquals(0, r.status(), r.err());
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(sqlOut, allocator)) {
            assertEquals(650, root.getRowCount());
            double[] got = doubles((Float8Vector) root.getVector("sma"));
            double[] want = Indicators.get("sma").values(series.get("AAA").close(), 10);
            assertArrayEquals(want, java.util.Arrays.copyOf(got, 400));
        }

        Path sweepOut = tmp.resolve("sweep.arrow");
        r = run("sweep", "--indicator", "alma", "--grid", "period=5:9:2", "--input", prices.toString(),
                "--output", sweepOut.toString(), "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(sweepOut, allocator)) {
            assertEquals(6, root.getRowCount()); // 2 series x 3 periods
            VarCharVector symbol = (VarCharVector) root.getVector("symbol");
            IntVector period = (IntVector) root.getVector("period");
            ListVector values = (ListVector) root.getVector("values");
            for (int row = 0; row < 6; row++) {
                String s = new String(symbol.get(row), StandardCharsets.UTF_8);
                double[] want = Indicators.get("alma").values(series.get(s).close(), period.get(row), 0.85, 6.0);
                List<?> got = values.getObject(row);
                assertEquals(want.length, got.size(), s);
                for (int t = 0; t < want.length; t++) {
                    assertEquals(want[t], (Double) got.get(t), 0.0, s + " period " + period.get(row) + " bar " + t);
                }
            }
        }

        Path folder = tmp.resolve("sweep-parts");
        r = run("sweep", "--indicator", "sma", "--grid", "period=3:4:1", "--input", prices.toString(),
                "--output", folder.toString(), "--format", "arrow", "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        int rows = 0;
        try (Stream<Path> parts = Files.list(folder); BufferAllocator allocator = new RootAllocator()) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                try (VectorSchemaRoot root = ArrowIpc.readAll(part, allocator)) {
                    rows += root.getRowCount();
                }
            }
        }
        assertEquals(4, rows);

        Path backtest = tmp.resolve("backtest.arrows");
        r = run("backtest", "--fast", "sma:period=3:5:1", "--slow", "alma:period=20:30:10", "--input",
                prices.toString(), "--output", backtest.toString(), "--top", "2", "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("mean_sharpe"), r.out());
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot root = ArrowIpc.readAll(backtest, allocator)) {
            assertEquals(2 * 3 * 2, root.getRowCount()); // series x fast x slow
        }
    }
}
