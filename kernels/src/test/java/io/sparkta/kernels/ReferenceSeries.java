package io.sparkta.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * VectorTA's whole output on the 4h candles ({@code ../shared/reference/vectorta_btc4h}): one gzip CSV per
 * indicator with a column per output, the manifest of parameters and sources, and the spread between
 * VectorTA's own scalar and SIMD builds.
 */
final class ReferenceSeries {
    /** Indicators exported on close although their default source differs (the folder's README says so). */
    private static final List<String> EXPORTED_ON_CLOSE = List.of("cci", "vwap", "alligator", "kurtosis");
    /** Indicators whose exporter wrote one of their outputs only, as {@code values} (generate_references). */
    private static final Map<String, String> ONE_OUTPUT_EXPORTED = Map.of("squeeze_momentum", "momentum");

    private static volatile JsonNode manifest;
    private static volatile Map<String, Double> spread;

    private ReferenceSeries() {
    }

    static Path dir() {
        return SharedData.dir().resolve("reference/vectorta_btc4h");
    }

    static JsonNode manifest() {
        SharedData.assumePresent();
        JsonNode m = manifest;
        if (m == null) {
            try {
                m = new ObjectMapper().readTree(dir().resolve("manifest.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifest = m;
        }
        return m;
    }

    /** The ids with a whole-series file. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        manifest().fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /**
     * Every column of one file, by output name, in file order. Where VectorTA's exporter named one output
     * {@code values} (its generic name) and the descriptor has exactly one output left that no column names,
     * that column is that output (pma's predict line).
     */
    static Map<String, double[]> read(IndicatorSpec spec) {
        Map<String, double[]> cols = read(spec.id());
        String only = ONE_OUTPUT_EXPORTED.get(spec.id());
        if (only != null && cols.containsKey("values")) {
            return Map.of(only, cols.get("values"));
        }
        List<String> unnamed = spec.outputs().stream().filter(o -> !cols.containsKey(o)).toList();
        if (cols.containsKey("values") && !spec.outputs().contains("values") && unnamed.size() == 1) {
            Map<String, double[]> renamed = new LinkedHashMap<>();
            cols.forEach((name, col) -> renamed.put(name.equals("values") ? unnamed.get(0) : name, col));
            return renamed;
        }
        return cols;
    }

    /** The outputs the file holds: every output, or the one its exporter wrote. */
    static List<String> exported(IndicatorSpec spec) {
        String only = ONE_OUTPUT_EXPORTED.get(spec.id());
        return only != null ? List.of(only) : spec.outputs();
    }

    /** Every column of one file, by its header name, in file order. */
    static Map<String, double[]> read(String id) {
        Path file = dir().resolve(id + ".csv.gz");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            String[] header = r.readLine().split(",");
            int rows = manifest().get(id).get("rows").asInt();
            double[][] cols = new double[header.length][rows];
            for (int t = 0; t < rows; t++) {
                String[] f = r.readLine().split(",", -1);
                for (int c = 0; c < header.length; c++) {
                    cols[c][t] = Double.parseDouble(f[c]);
                }
            }
            Map<String, double[]> out = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                out.put(header[c], cols[c]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters the file was exported with, over our defaults (default_candles files use defaults). */
    static double[] params(IndicatorSpec spec) {
        double[] p = spec.defaults();
        JsonNode params = manifest().get(spec.id()).path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            p[spec.paramIndex(requireParam(spec, f.getKey()))] = spec.param(f.getKey()).parse(spec.id(),
                    f.getValue().asText());
        }
        return p;
    }

    private static String requireParam(IndicatorSpec spec, String name) {
        if (spec.paramIndex(name) < 0) {
            throw new AssertionError(spec.id() + ": the reference was exported with parameter '" + name
                    + "', which the descriptor lacks " + spec.params());
        }
        return name;
    }

    /** The source the file was computed on (null: the indicator's fixed columns or default source). */
    static Source source(IndicatorSpec spec) {
        return spec.sourceSelectable() && EXPORTED_ON_CLOSE.contains(spec.id()) ? Source.CLOSE : null;
    }

    /**
     * The largest absolute difference between VectorTA's own scalar and AVX-512 builds for this id (0 where
     * they are identical): no implementation can be held closer than that.
     */
    static double buildSpread(String id) {
        Map<String, Double> s = spread;
        if (s == null) {
            s = new HashMap<>();
            try {
                for (String line : Files.readAllLines(dir().resolve("scalar_vs_simd_builds.txt"))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 3 && f[2].startsWith("maxabs=")) {
                        s.put(f[0], Double.parseDouble(f[2].substring("maxabs=".length()).toLowerCase(Locale.ROOT)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spread = s;
        }
        return s.getOrDefault(id, 0.0);
    }
}
