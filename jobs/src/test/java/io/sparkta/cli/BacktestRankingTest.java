package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backtests on Spark where some pairs never trade, and a missing column named in one line. */
class BacktestRankingTest {
    @TempDir
    Path tmp;

    @Test
    void pairsThatNeverTradedRankLastAndMissingColumnsAreNamed() throws Exception {
        Map<String, Candles> series = new LinkedHashMap<>();
        series.put("AAA", Candles.randomWalk(400, 21));
        series.put("BBB", Candles.randomWalk(250, 22));
        Path prices = tmp.resolve("prices.arrow");
        ArrowPrices.writeLong(series, prices);

        // slow periods of 500 and 600 are longer than both series: 8 of the 12 rows never trade
        CommandLineTest.Result r = CommandLineTest.run("backtest", "--fast", "sma:period=3;5", "--slow",
                "sma:period=500;20;600", "--input", prices.toString(), "--output", tmp.resolve("bt.parquet").toString(),
                "--top", "6", "--master", "local[2]");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: 8 of 12 rows (67%) will be all NaN"), r.err());
        String table = r.out().substring(r.out().indexOf('\n') + 1);
        List<CSVRecord> best = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table)).getRecords();
        assertEquals(6, best.size(), r.out());
        for (int i = 0; i < 6; i++) {
            CSVRecord row = best.get(i);
            boolean traded = i < 2;
            assertEquals(traded ? "20" : "", traded ? row.get("slow_period") : "", r.out());
            assertEquals(traded, !row.get("mean_sharpe").isEmpty(), r.out());
            assertEquals(traded ? "2" : "0", row.get("traded"), r.out());
            assertEquals("2", row.get("series"), r.out());
        }
        assertTrue(Double.parseDouble(best.get(0).get("mean_sharpe")) >= Double.parseDouble(best.get(1)
                .get("mean_sharpe")), r.out());

        CommandLineTest.Result missing = CommandLineTest.run("sweep", "--indicator", "sma", "--grid", "period=5",
                "--input", prices.toString(), "--symbol-col", "ticker", "--output", tmp.resolve("s").toString(),
                "--master", "local[2]");
        missing.isUsageError("the input has no --symbol-col column 'ticker' (columns: symbol, ts, open, high, low, "
                + "close, volume)");
    }
}
