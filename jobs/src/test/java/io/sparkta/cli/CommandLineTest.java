package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract without Spark: help, typos, one-line errors, the rules on outputs, CSV input, grids
 * and sizing. Every refusal here happens before a Spark session starts.
 */
class CommandLineTest {
    private static final String[] COMMANDS = {"list", "compute", "docs", "sql", "sweep", "backtest", "demo",
        "completion"};

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
        /** A usage error: status 2, one line on standard error naming {@code expected}, nothing on standard output. */
        void isUsageError(String expected) {
            assertEquals(2, status, err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(expected), "'" + err.strip() + "' lacks '" + expected + "'");
            assertTrue(out.isEmpty(), out);
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Sparkta.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasItsHelp() {
        for (String command : COMMANDS) {
            Result r = run(command, "--help");
            assertEquals(0, r.status(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: sparkta " + command), r.out());
        }
        Result r = run("sweep", "--help");
        for (String option : new String[] {"--indicator", "--grid", "--input", "--demo", "--output", "--format",
            "--master", "--symbol-col", "--time-col", "--price-col", "--source", "--overwrite", "--max-rows"}) {
            assertTrue(r.out().contains(option), option);
        }
        assertEquals(0, run("help", "backtest").status());
        assertTrue(run("help", "backtest").out().contains("--top"));
    }

    @Test
    void typosGetASuggestionInOneLine() {
        run("compute", "alma", "--demo", "10", "--outptu", "x.csv").isUsageError("did you mean --output?");
        run("list", "--jsn").isUsageError("did you mean --json?");
        run("sweep", "--indicatr", "alma", "--grid", "period", "--demo", "2:50", "--output", "x")
                .isUsageError("did you mean --indicator");
        run("bogus").isUsageError("'bogus'");
        Result none = run();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("Commands:"), none.err());
    }

    @Test
    void noStackTraceUnlessVerbose() {
        run("compute", "alma", "--demo", "100", "--kernel", "avx9", "--output", "-")
                .isUsageError("unknown kernel 'avx9' (valid: auto, scalar, simd)");
        Result verbose = run("compute", "alma", "--demo", "100", "--kernel", "avx9", "--output", "-", "--verbose");
        assertEquals(2, verbose.status());
        assertTrue(verbose.err().contains("\tat io.sparkta.kernels.Vectorization.of"), verbose.err());
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        Result r = run("completion");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion function");
        for (String word : new String[] {"sweep", "backtest", "--max-rows", "--overwrite", "--bars-per-year"}) {
            assertTrue(r.out().contains(word), word);
        }
    }

    @Test
    void parametersAreGivenOnce() {
        run("compute", "alma", "--demo", "100", "--param", "period=5", "--param", "period=7", "--output", "-")
                .isUsageError("--param period is given more than once");
    }

    @Test
    void demoSizeIsBoundByTheHeap() {
        run("compute", "alma", "--demo", "1000000000", "--output", "-").isUsageError("heap");
        long limit = Capacity.maxBars(32 * Double.BYTES);
        assertTrue(run("compute", "alma", "--demo", Long.toString(limit + 1), "--output", "-").err()
                .contains(String.format(java.util.Locale.ROOT, "at most %,d", limit)));
        run("sweep", "--indicator", "sma", "--grid", "period=5", "--demo", "100000:1000000", "--output",
                tmp.resolve("s").toString()).isUsageError("heap");
    }

    @Test
    void computeOutputFollowsItsExtension() {
        Path parquet = tmp.resolve("out.parquet");
        run("compute", "alma", "--demo", "100", "--output", parquet.toString())
                .isUsageError("compute writes .csv, .arrow, .feather, .ipc, .arrows or -");
        assertFalse(Files.exists(parquet));
        run("sql", "SELECT 1", "--output", tmp.resolve("out.json").toString()).isUsageError("sql writes .csv");
    }

    @Test
    void outputsNeverReplaceInputsNorExistingFilesWithoutOverwrite() throws Exception {
        Path in = tmp.resolve("in.csv");
        Candles c = Candles.randomWalk(50, 1);
        StringBuilder csv = new StringBuilder("close\n");
        for (double v : c.close()) {
            csv.append(v).append('\n');
        }
        Files.writeString(in, csv);
        for (String[] overwrite : new String[][] {{}, {"--overwrite"}}) {
            run(concat(new String[] {"compute", "sma", "--input", in.toString(), "--output", in.toString()},
                    overwrite)).isUsageError("would replace the input");
            String[] sweep = {"sweep", "--indicator", "sma", "--grid", "period=5", "--input", in.toString(),
                "--output"};
            run(concat(concat(sweep, in.toString()), overwrite)).isUsageError("would replace the input");
            run(concat(concat(sweep, tmp.toString()), overwrite)) // the folder holding it
                    .isUsageError("would replace the input");
        }
        assertEquals(csv.toString(), Files.readString(in));

        Path existing = tmp.resolve("existing.csv");
        Files.writeString(existing, "keep me\n");
        run("compute", "sma", "--demo", "50", "--output", existing.toString()).isUsageError("give --overwrite");
        assertEquals("keep me\n", Files.readString(existing));
        Result r = run("compute", "sma", "--demo", "50", "--output", existing.toString(), "--overwrite");
        assertEquals(0, r.status(), r.err());
        assertEquals("values", Files.readAllLines(existing).get(0));

        Path dir = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(dir.resolve("notes.txt"), "unrelated");
        run("sweep", "--indicator", "sma", "--grid", "period=5", "--demo", "2:50", "--output", dir.toString())
                .isUsageError("holds files; give --overwrite");
        run("backtest", "--fast", "sma:period=5", "--slow", "sma:period=20", "--demo", "2:50", "--output",
                dir.toString()).isUsageError("holds files; give --overwrite");
        Path demoSweep = Files.createDirectories(tmp.resolve("demo/sweep"));
        Files.writeString(demoSweep.resolve("notes.txt"), "unrelated");
        run("demo", "--output", tmp.resolve("demo").toString(), "--demo", "2:50").isUsageError("give --overwrite");
        assertEquals("unrelated", Files.readString(dir.resolve("notes.txt")));
        assertEquals("unrelated", Files.readString(demoSweep.resolve("notes.txt")));
    }

    @Test
    void sparkOutputFormatsFollowTheExtensionOrAreRefused() {
        String[] sweep = {"sweep", "--indicator", "sma", "--grid", "period=5", "--demo", "2:50", "--output"};
        run(concat(sweep, tmp.resolve("x").toString(), "--format", "json"))
                .isUsageError("expected one of [PARQUET, CSV, ARROW]");
        run(concat(sweep, tmp.resolve("x.json").toString())).isUsageError("the extension .json names no format");
        run(concat(sweep, tmp.resolve("x.csv").toString(), "--format", "parquet"))
                .isUsageError("--format parquet contradicts the extension");
        assertEquals(OutputFiles.Format.CSV, OutputFiles.format("out/x.csv", null));
        assertEquals(OutputFiles.Format.ARROW, OutputFiles.format("x.arrows", null));
        assertEquals(OutputFiles.Format.PARQUET, OutputFiles.format("x.parquet", null));
        assertEquals(OutputFiles.Format.PARQUET, OutputFiles.format("folder", null));
        assertEquals(OutputFiles.Format.ARROW, OutputFiles.format("folder", OutputFiles.Format.ARROW));
    }

    @Test
    void backtestOptionsAreCheckedBeforeWork() {
        String[] bt = {"backtest", "--fast", "sma:period=5", "--slow", "sma:period=20", "--demo", "2:50", "--output",
            tmp.resolve("bt").toString()};
        run(concat(bt, "--top", "-3")).isUsageError("--top must be at least 1, got -3");
        run(concat(bt, "--bars-per-year", "0")).isUsageError("--bars-per-year must be a number > 0");
        run(concat(bt, "--mode", "short")).isUsageError("expected one of [LONG, LONGSHORT]");
        run(concat(bt, "--max-rows", "0")).isUsageError("--max-rows must be at least 1");
    }

    @Test
    void gridsRefuseSteps0AndBeyondTheRangeAndDuplicates() {
        String[] sweep = {"sweep", "--indicator", "alma", "--demo", "2:50", "--output", tmp.resolve("g").toString(),
            "--grid"};
        run(concat(sweep, "period=5:50:0")).isUsageError("grid period=5:50:0: the step is 0");
        run(concat(sweep, "period=5:50:100")).isUsageError("the step 100 is beyond the range 5..50");
        run(concat(sweep, "period=5;5;7")).isUsageError("5 is listed more than once");
        run(concat(sweep, "period=5,period=7")).isUsageError("period is given more than once");
        run(concat(sweep, "offset=0.5;0.50")).isUsageError("0.50 is listed more than once");
        run("backtest", "--fast", "sma:period=5:9:0", "--slow", "sma:period=20", "--demo", "2:50", "--output",
                tmp.resolve("b").toString()).isUsageError("the step is 0");
        var alma = Indicators.get("alma").spec();
        assertEquals(46, GridCheck.parse(alma, "period=5:50:1").size());
        assertEquals(3, GridCheck.parse(alma, "period=50:5:-20").size());
        assertEquals(1, GridCheck.parse(alma, "period=5:5:0").size());
        assertArrayEquals(new double[] {7, 5}, GridCheck.parse(alma, "period=7;5").axis("period"));
    }

    /** sweep --grid period=2:10000000:1 on 2 series of 1,000 bars: refused before any work, with the estimate. */
    @Test
    void sweepsBeyondTheRowLimitAreRefusedWithTheEstimate() {
        run("sweep", "--indicator", "sma", "--grid", "period=2:10000000:1", "--demo", "2:1000", "--output",
                tmp.resolve("huge").toString())
                .isUsageError("19,999,998 output rows (2 series of 2,000 bars in all x 9,999,999 combos), "
                        + "about 161.3 GB");
        run("sweep", "--indicator", "sma", "--grid", "period=2:11:1", "--demo", "3:100", "--output",
                tmp.resolve("small").toString(), "--max-rows", "29").isUsageError("30 output rows");
        run("backtest", "--fast", "sma:period=2:11:1", "--slow", "sma:period=20:40:10", "--demo", "3:100",
                "--output", tmp.resolve("bt").toString(), "--max-rows", "89").isUsageError("90 output rows");
        assertFalse(Files.exists(tmp.resolve("huge")));
    }

    @Test
    void planWarnsWhenMostRowsWouldBeAllNan() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
        JobPlan plan = new JobPlan("sweep", new long[] {1000, 500, 1000}, 10, 8, 64);
        assertEquals(30, plan.rows());
        assertEquals(0, plan.seriesNoLongerThan(499));
        assertEquals(1, plan.seriesNoLongerThan(500));
        assertEquals(3, plan.seriesNoLongerThan(1000));
        plan.warnAllNan(15, "periods too long", p);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "half is not most");
        plan.warnAllNan(16, "periods too long", p);
        assertEquals("sparkta sweep: warning: 16 of 30 rows (53%) will be all NaN: periods too long (the longest "
                + "series has 1,000 bars)\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(plan.estimate().startsWith("30 output rows (3 series of 2,500 bars in all x 10 combos), about "
                + "201.9 kB"), plan.estimate());
    }

    /** Commons CSV: quoted numbers, inf and NaN spellings, missing values; a row of the wrong width is refused. */
    @Test
    void csvInputReadsSpecialValuesAndRefusesRaggedRows() throws Exception {
        Path in = tmp.resolve("special.csv");
        Files.writeString(in, "timestamp,\"close\",note\n1,\"1.5\",a\n2,\" 2.5 \",\"b, c\"\n3,inf,\n4,-inf,\n"
                + "5,Infinity,\n6,-Infinity,\n7,NaN,\n8,NA,\n9,,\n10,\"\",\n11,1e3,\n\n12,-0.25,\"x\"\"y\"\n");
        Candles c = CsvCandles.read(in);
        double inf = Double.POSITIVE_INFINITY, nan = Double.NaN;
        assertArrayEquals(new double[] {1.5, 2.5, inf, -inf, inf, -inf, nan, nan, nan, nan, 1000, -0.25}, c.close());
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, c.timestamp());

        Path extra = tmp.resolve("extra.csv");
        Files.writeString(extra, "timestamp,close\n1,2\n2,3,4\n");
        run("compute", "sma", "--input", extra.toString(), "--output", "-")
                .isUsageError(extra + " line 3: 3 fields, expected 2");
        Path missing = tmp.resolve("missing.csv");
        Files.writeString(missing, "timestamp,close,volume\n1,2,3\n2,3,4\n3,4\n");
        run("compute", "sma", "--input", missing.toString(), "--output", "-")
                .isUsageError(missing + " line 4: 2 fields, expected 3");
        Path text = tmp.resolve("text.csv");
        Files.writeString(text, "close\n1\nabc\n");
        run("compute", "sma", "--input", text.toString(), "--output", "-").isUsageError("line 3: not a number: 'abc'");
        Path open = tmp.resolve("open.csv");
        Files.writeString(open, "close\n1\n\"2\n");
        run("compute", "sma", "--input", open.toString(), "--output", "-").isUsageError(open + ": not readable as CSV");
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new java.util.ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
