package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code sparkta sql} end to end in one embedded session: a CSV table in, the window form, a CSV file out. */
class SqlCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sqlOverACsvTableWritesCsv() throws Exception {
        Candles c = Candles.randomWalk(200, 5);
        StringBuilder csv = new StringBuilder("symbol,bar,close\n");
        for (int i = 0; i < c.size(); i++) {
            csv.append(i % 2 == 0 ? "A" : "B").append(',').append(i).append(',').append(c.close()[i]).append('\n');
        }
        Path table = tmp.resolve("prices.csv");
        Files.writeString(table, csv);
        Path out = tmp.resolve("out.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Sparkta.run(new String[] {"sql",
            "SELECT symbol, bar, ta_smma(close, 4) OVER (PARTITION BY symbol ORDER BY bar) AS smma "
                + "FROM prices WHERE symbol = 'A' ORDER BY bar",
            "--table", "prices=" + table, "--master", "local[2]", "--output", out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(out);
        assertEquals("symbol,bar,smma", lines.get(0));
        double[] a = new double[100];
        for (int i = 0; i < 100; i++) {
            a[i] = c.close()[2 * i];
        }
        double[] want = Indicators.get("smma").values(a, 4);
        assertEquals(101, lines.size());
        for (int i = 0; i < 100; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(want[i], Double.parseDouble(f[2]), 0.0, "bar " + f[1]);
        }
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad = Sparkta.run(new String[] {"sql", "SELECT ta_smma(array(1.0D), 0)", "--master", "local[1]"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertEquals(2, bad);
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("ta_smma: invalid period = 0"), err2.toString());
    }
}
