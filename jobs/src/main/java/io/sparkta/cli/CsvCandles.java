package io.sparkta.cli;

import io.sparkta.kernels.Candles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OHLCV from a CSV (RFC 4180, Apache Commons CSV) whose header names its columns among timestamp, open,
 * high, low, close, volume (any order and case; other columns are ignored). Values may be quoted; an empty cell,
 * {@code NaN}, {@code NA}, {@code N/A} and {@code null} read as NaN, {@code inf}, {@code Infinity} (either sign)
 * as infinities. Every row has as many fields as the header; absent columns stay null.
 */
final class CsvCandles {
    private static final List<String> COLUMNS = List.of("timestamp", "open", "high", "low", "close", "volume");
    private static final int CLOSE = COLUMNS.indexOf("close");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private CsvCandles() {
    }

    static Candles read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Sparkta.UsageException("input file not found: " + file);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            return read(file, parser);
        } catch (UncheckedIOException e) {
            throw new Sparkta.UsageException(file + ": not readable as CSV: " + e.getCause().getMessage());
        }
    }

    private static Candles read(Path file, CSVParser parser) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw new Sparkta.UsageException(file + " is empty");
        }
        CSVRecord header = records.next();
        int fields = header.size();
        int[] slot = new int[fields];
        boolean[] present = new boolean[COLUMNS.size()];
        for (int j = 0; j < fields; j++) {
            slot[j] = COLUMNS.indexOf(header.get(j).trim().toLowerCase(Locale.ROOT));
            if (slot[j] >= 0) {
                present[slot[j]] = true;
            }
        }
        if (!present[CLOSE]) {
            throw new Sparkta.UsageException(file + " has no 'close' column (header: "
                    + String.join(",", header.values()) + ")");
        }
        int cap = 1024, n = 0;
        double[][] cols = new double[COLUMNS.size()][cap];
        long[] ts = new long[cap];
        while (records.hasNext()) {
            CSVRecord row = records.next();
            long line = parser.getCurrentLineNumber();
            if (row.size() != fields) {
                throw new Sparkta.UsageException(file + " line " + line + ": " + row.size() + " fields, expected "
                        + fields + " (as the header)");
            }
            if (n == cap) {
                cap *= 2;
                ts = Arrays.copyOf(ts, cap);
                for (int k = 0; k < cols.length; k++) {
                    cols[k] = Arrays.copyOf(cols[k], cap);
                }
            }
            for (int j = 0; j < fields; j++) {
                if (slot[j] == 0) {
                    ts[n] = (long) number(row.get(j), file, line);
                } else if (slot[j] > 0) {
                    cols[slot[j]][n] = number(row.get(j), file, line);
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

    /** A cell as a number: missing-value markers as NaN, inf and infinity spelled either way. */
    static double number(String cell, Path file, long line) {
        String s = cell.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "", "nan", "na", "n/a", "null":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new Sparkta.UsageException(file + " line " + line + ": not a number: '" + cell.trim() + "'");
        }
    }
}
