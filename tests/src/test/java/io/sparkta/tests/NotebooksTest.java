package io.sparkta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.backtest.Crossover;
import io.sparkta.kernels.backtest.SignalEntries;
import io.sparkta.notebook.Charts;
import io.sparkta.spark.Backtest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Executes every notebook headless (installing Jupyter and the Java kernel first, idempotently) and checks that
 * no cell failed, that every plot cell produced an image/png output, and that the result tables equal the same
 * computation through the Java API.
 */
class NotebooksTest {
    private static final Path ROOT = Path.of(System.getProperty("sparkta.root.dir", "..")).toAbsolutePath().normalize();
    /** The pattern backtest's data: the 4h BTC candles of the shared folder beside the checkout. */
    private static final Path BTC_4H = ROOT.resolve("../shared/data/btc_4h_ohlcv.csv").normalize();
    private static final Path OUT = ROOT.resolve("tests/target/notebooks");

    private static void script(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("SPARKTA_NOTEBOOK_OUT", OUT.toString());
        pb.environment().remove("SPARKTA_MASTER");
        pb.environment().putAll(env);
        Path log = Files.createTempFile("notebooks", ".log");
        Process p = pb.redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(900, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String text = Files.readString(log);
        assertTrue(done && p.exitValue() == 0, String.join(" ", command) + " failed:\n"
                + text.substring(Math.max(0, text.length() - 5000)));
    }

    @BeforeAll
    static void runNotebooks() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("sparkta.spark.home"), "jars"));
        script(Map.of(), "notebooks/install.sh");
        List<String> notebooks = new ArrayList<>(List.of("notebooks/run.sh", "notebooks/quickstart.ipynb",
                "notebooks/parameter-sweep.ipynb", "notebooks/cluster.ipynb"));
        if (Files.exists(BTC_4H)) {
            notebooks.add("notebooks/pattern-backtest.ipynb");
        }
        script(Map.of(), notebooks.toArray(String[]::new));
        Files.move(OUT.resolve("cluster.ipynb"), OUT.resolve("cluster-skipped.ipynb"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        script(Map.of("SPARKTA_MASTER", "local-cluster[2,1,1024]"), "notebooks/run.sh", "notebooks/cluster.ipynb");
    }

    /** Checks an executed notebook (every code cell ran, none failed, every plot cell has a PNG); returns its plots. */
    private static int checkedPlots(String name) throws Exception {
        JsonNode nb = new ObjectMapper().readTree(OUT.resolve(name).toFile());
        int plots = 0;
        for (JsonNode cell : nb.get("cells")) {
            if (!cell.get("cell_type").asText().equals("code")) {
                continue;
            }
            String source = String.join("", new ObjectMapper().convertValue(cell.get("source"), String[].class));
            assertFalse(cell.get("execution_count").isNull(), name + ": a cell did not run: " + source);
            boolean png = false;
            for (JsonNode out : cell.get("outputs")) {
                assertFalse(out.get("output_type").asText().equals("error"), name + ": cell failed: " + source);
                png |= out.has("data") && out.get("data").has("image/png")
                        && out.get("data").get("image/png").asText().length() > 1000;
            }
            if (source.contains("display(")) {
                plots++;
                assertTrue(png, name + ": plot cell without an image/png output: " + source);
            }
        }
        return plots;
    }

    private static List<String[]> csv(String name) throws Exception {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(OUT.resolve(name));
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(","));
        }
        return rows;
    }

    @Test
    void quickstart() throws Exception {
        assertEquals(1, checkedPlots("quickstart.ipynb"));
        double[] close = Candles.randomWalk(2000, 42).close();
        double[] alma = Indicators.get("alma").values(close, 9, 0.85, 6.0);
        Indicator bb = Indicators.get("bollinger_bands");
        double[][] bands = bb.compute(new double[][] {close}, bb.spec().defaults(), Vectorization.AUTO);
        List<String[]> rows = csv("quickstart.csv");
        assertEquals(close.length, rows.size());
        for (int i = 0; i < close.length; i++) {
            double[] want = {i, close[i], alma[i], bands[0][i], bands[1][i], bands[2][i]};
            for (int c = 0; c < want.length; c++) {
                assertEquals(want[c], Double.parseDouble(rows.get(i)[c]), 0.0, "quickstart.csv row " + i + " col " + c);
            }
        }
    }

    /**
     * The pattern backtest: its signal is the engulfing and hammer codes of the 4h BTC candles through the Java
     * API, and its metrics and positions are SignalEntries' on them.
     */
    @Test
    void patternBacktest() throws Exception {
        assumeTrue(Files.exists(BTC_4H), "skipped: the pattern backtest reads " + BTC_4H + ", which is absent");
        assertEquals(1, checkedPlots("pattern-backtest.ipynb"));
        List<String> lines = Files.readAllLines(BTC_4H);
        double[][] ohlc = new double[4][lines.size() - 1];
        for (int t = 0; t < ohlc[0].length; t++) {
            String[] f = lines.get(t + 1).split(",");
            for (int j = 0; j < 4; j++) {
                ohlc[j][t] = Double.parseDouble(f[j + 1]);
            }
        }
        double[] engulfing = Indicators.get("cdlengulfing").compute(ohlc, new double[0], Vectorization.AUTO)[0];
        double[] hammer = Indicators.get("cdlhammer").compute(ohlc, new double[0], Vectorization.AUTO)[0];
        double[] signal = new double[engulfing.length];
        for (int t = 0; t < signal.length; t++) {
            signal[t] = engulfing[t] > 0 || hammer[t] > 0 ? 1 : engulfing[t] < 0 ? -1 : 0;
        }
        double[] metrics = new double[Crossover.METRICS.length];
        SignalEntries.evaluate(ohlc[3], signal, 12, 2190, metrics);
        assertTrue(metrics[3] > 0, "the patterns never traded");
        String[] table = csv("pattern-backtest.csv").get(0);
        for (int m = 0; m < metrics.length; m++) {
            assertEquals(metrics[m], Double.parseDouble(table[m]), 0.0, Crossover.METRICS[m]);
        }
        double[] positions = SignalEntries.positions(signal, 12);
        List<String[]> held = csv("pattern-backtest-positions.csv");
        assertEquals(signal.length, held.size());
        for (int t = 0; t < signal.length; t++) {
            assertEquals(signal[t], Double.parseDouble(held.get(t)[1]), 0.0, "signal at bar " + t);
            assertEquals(positions[t], Double.parseDouble(held.get(t)[2]), 0.0, "position at bar " + t);
        }
    }

    @Test
    void parameterSweepAndCluster() throws Exception {
        assertEquals(2, checkedPlots("parameter-sweep.ipynb"));
        BufferedImage png = ImageIO.read(OUT.resolve("parameter-sweep-heatmap.png").toFile());
        assertEquals(Charts.WIDTH, png.getWidth(), "width of the saved heatmap PNG");
        String svg = Files.readString(OUT.resolve("parameter-sweep-heatmap.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("width=\"" + Charts.WIDTH + "px\""), "saved heatmap SVG");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("NotebooksTest")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        try {
            List<Row> rows = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                Double[] c = Arrays.stream(Candles.randomWalk(3000, 900 + s).close()).boxed().toArray(Double[]::new);
                rows.add(RowFactory.create("SYM" + s, c));
            }
            Dataset<Row> series = spark.createDataFrame(rows, new StructType().add("symbol", DataTypes.StringType)
                    .add("close", DataTypes.createArrayType(DataTypes.DoubleType)));
            Dataset<Row> results = Backtest.of(series).keys("symbol").fast("alma", "period=5:30:5")
                    .slow("sma", "period=20:120:20").barsPerYear(2190).run().cache();
            List<Row> best = results.groupBy("fast_period", "slow_period")
                    .agg(functions.avg("sharpe"), functions.avg("total_return"), functions.avg("max_drawdown"))
                    .orderBy(functions.col("avg(sharpe)").desc(), functions.col("fast_period"),
                            functions.col("slow_period")).limit(5).collectAsList();
            List<String[]> table = csv("parameter-sweep-best.csv");
            List<String[]> cluster = csv("cluster-best.csv");
            assertEquals(5, table.size());
            assertEquals(5, cluster.size());
            for (int r = 0; r < 5; r++) {
                for (int c = 0; c < 5; c++) {
                    double want = ((Number) best.get(r).get(c)).doubleValue();
                    assertEquals(want, Double.parseDouble(table.get(r)[c]), 1e-12 * Math.max(1, Math.abs(want)),
                            "best combos row " + r + " col " + c);
                    if (c < 3) {
                        assertEquals(want, Double.parseDouble(cluster.get(r)[c]), 1e-12 * Math.max(1, Math.abs(want)),
                                "cluster best combos row " + r + " col " + c);
                    }
                }
            }
            List<String[]> stability = csv("parameter-sweep-stability.csv");
            assertEquals(8, stability.size());
            for (String[] s : stability) {
                double want = results.where(functions.col("symbol").equalTo(s[0])
                        .and(functions.col("fast_period").equalTo(Integer.parseInt(table.get(0)[0])))
                        .and(functions.col("slow_period").equalTo(Integer.parseInt(table.get(0)[1]))))
                        .first().getAs("sharpe");
                assertEquals(want, Double.parseDouble(s[1]), 1e-12, "stability of " + s[0]);
            }
        } finally {
            spark.stop();
        }
        String skipped = Files.readString(OUT.resolve("cluster-skipped.ipynb"));
        assertTrue(skipped.contains("skipped: set SPARKTA_MASTER"), "cluster notebook without a master must say so");
        String ran = Files.readString(OUT.resolve("cluster.ipynb"));
        assertTrue(ran.contains("executors: 3"), "the cluster notebook must run on two executor JVMs (plus the driver)");
    }
}
