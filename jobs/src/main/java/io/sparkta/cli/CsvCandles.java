package io.sparkta.cli;

import io.sparkta.kernels.Candles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads OHLCV from a CSV whose header names its columns among timestamp, open, high, low, close, volume (any
 * order and case; other columns are ignored). Empty cells and "NaN" read as NaN; absent columns stay null.
 */
final class CsvCandles {
    private static final List<String> COLUMNS = List.of("timestamp", "open", "high", "low", "close", "volume");

    private CsvCandles() {
    }

    static Candles read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Sparkta.UsageException("input file not found: " + file);
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new Sparkta.UsageException(file + " is empty");
            }
            String[] names = header.split(",", -1);
            int[] slot = new int[names.length];
            boolean[] present = new boolean[COLUMNS.size()];
            for (int j = 0; j < names.length; j++) {
                slot[j] = COLUMNS.indexOf(names[j].trim().replace("\"", "").toLowerCase(Locale.ROOT));
                if (slot[j] >= 0) {
                    present[slot[j]] = true;
                }
            }
            if (!present[4]) {
                throw new Sparkta.UsageException(file + " has no 'close' column (header: " + header + ")");
            }
            int cap = 1024, n = 0;
            double[][] cols = new double[COLUMNS.size()][cap];
            long[] ts = new long[cap];
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (n == cap) {
                    cap *= 2;
                    ts = Arrays.copyOf(ts, cap);
                    for (int k = 0; k < cols.length; k++) {
                        cols[k] = Arrays.copyOf(cols[k], cap);
                    }
                }
                String[] f = line.split(",", -1);
                if (f.length < names.length) {
                    throw new Sparkta.UsageException(file + " line " + lineNo + ": " + f.length + " fields, header has "
                            + names.length);
                }
                for (int j = 0; j < names.length; j++) {
                    if (slot[j] == 0) {
                        ts[n] = (long) number(f[j], file, lineNo);
                    } else if (slot[j] > 0) {
                        cols[slot[j]][n] = number(f[j], file, lineNo);
                    }
                }
                n++;
            }
            double[][] c = new double[COLUMNS.size()][];
            for (int k = 1; k < c.length; k++) {
                c[k] = present[k] ? Arrays.copyOf(cols[k], n) : null;
            }
            return new Candles(present[0] ? Arrays.copyOf(ts, n) : null, c[1], c[2], c[3], c[4], c[5]);
        }
    }

    private static double number(String cell, Path file, int line) {
        String s = cell.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new Sparkta.UsageException(file + " line " + line + ": not a number: '" + s + "'");
        }
    }
}
