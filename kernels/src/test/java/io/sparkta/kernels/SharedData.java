package io.sparkta.kernels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The reference material in {@code ../shared} beside the checkout: VectorTA's 4h BTC candles and its test
 * reference values. Tests that need it are skipped, with the path in the message, where it is absent.
 */
public final class SharedData {
    private static volatile Candles btc;
    private static volatile JsonNode reference;

    private SharedData() {
    }

    public static Path dir() {
        String configured = System.getProperty("sparkta.shared.dir");
        Path p = configured != null ? Paths.get(configured) : Paths.get("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** Skips the calling test when the shared folder is missing. */
    public static void assumePresent() {
        assumeTrue(Files.isDirectory(dir().resolve("data")) && Files.isDirectory(dir().resolve("reference")),
                "skipped: VectorTA reference material not found at " + dir());
    }

    /** The 4h BTC candles VectorTA's tests use (btc_4h_ohlcv.csv: the raw file with a named header). */
    public static Candles btc4h() {
        assumePresent();
        Candles c = btc;
        if (c == null) {
            c = readCsv(dir().resolve("data/btc_4h_ohlcv.csv"));
            btc = c;
        }
        return c;
    }

    /** VectorTA's reference values. */
    public static JsonNode reference() {
        assumePresent();
        JsonNode r = reference;
        if (r == null) {
            try {
                r = new ObjectMapper().readTree(dir().resolve("reference/vectorta_reference.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reference = r;
        }
        return r;
    }

    /** Reads a CSV with header timestamp,open,high,low,close,volume. */
    public static Candles readCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            int n = lines.size() - 1;
            long[] ts = new long[n];
            double[][] cols = new double[5][n];
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i + 1).split(",");
                for (int j = 0; j < header.length; j++) {
                    switch (header[j].trim()) {
                        case "timestamp": ts[i] = Long.parseLong(f[j].trim()); break;
                        case "open": cols[0][i] = Double.parseDouble(f[j]); break;
                        case "high": cols[1][i] = Double.parseDouble(f[j]); break;
                        case "low": cols[2][i] = Double.parseDouble(f[j]); break;
                        case "close": cols[3][i] = Double.parseDouble(f[j]); break;
                        case "volume": cols[4][i] = Double.parseDouble(f[j]); break;
                        default: throw new IllegalStateException("unexpected column " + header[j]);
                    }
                }
            }
            return new Candles(ts, cols[0], cols[1], cols[2], cols[3], cols[4]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
