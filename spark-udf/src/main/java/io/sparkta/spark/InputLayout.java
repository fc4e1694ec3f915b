package io.sparkta.spark;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Source;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a DataFrame's columns feed an indicator's inputs, for the long-format transform and sweeps. The columns
 * read ({@link #columns()}, each once) are the raw series; {@link #inputs} turns them into the indicator's
 * inputs in descriptor order:
 * <ul>
 *   <li>a selectable source (the first input where the descriptor has one) is the column the caller chose, or
 *       the default source's column; a derived source that is no column of its own (hl2, hlc3, ohlc4, hlcc4) is
 *       computed from the open, high, low and close columns as the kernels compute it (bit for bit);</li>
 *   <li>the other inputs are the candle columns of their names, renamed where the caller said so;</li>
 *   <li>a {@code timestamp} input is the time column the caller orders by, where there is one and the caller
 *       did not name another.</li>
 * </ul>
 */
final class InputLayout implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] CANDLE = {"open", "high", "low", "close"};

    private final List<String> columns;
    /** Per input: its index in {@link #columns}, or -1 where it is derived. */
    private final int[] column;
    private final Source[] derived;
    /** Per derived input: the indices of open, high, low and close in {@link #columns} (-1 where not needed). */
    private final int[][] parts;

    private InputLayout(List<String> columns, int[] column, Source[] derived, int[][] parts) {
        this.columns = columns;
        this.column = column;
        this.derived = derived;
        this.parts = parts;
    }

    /**
     * Resolves every input against the available columns (matched case-insensitively; the names returned are
     * the columns' own).
     *
     * @param source    the caller's choice for the selectable source (a column or a derived source's name), or
     *                  null for the default
     * @param renames   input name to column name, for inputs read from a column of another name
     * @param time      the column that orders the series, read for a {@code timestamp} input; null if none
     */
    static InputLayout resolve(IndicatorSpec spec, String source, Map<String, String> renames, List<String> available,
                               String time) {
        if (source != null && !spec.sourceSelectable()) {
            throw new IllegalArgumentException(spec.id() + " reads fixed columns " + spec.inputs()
                    + " and takes no source");
        }
        List<String> columns = new ArrayList<>();
        int inputs = spec.inputs().size();
        int[] column = new int[inputs];
        Source[] derived = new Source[inputs];
        int[][] parts = new int[inputs][];
        for (int i = 0; i < inputs; i++) {
            String in = spec.inputs().get(i);
            boolean selectable = i == 0 && spec.sourceSelectable();
            String name = selectable && source != null ? source
                    : in.equals("timestamp") && !renames.containsKey(in) && time != null ? time
                    : renames.getOrDefault(in, in);
            String found = find(available, name);
            if (found != null) {
                column[i] = add(columns, found);
                continue;
            }
            Source s = selectable ? derivable(name) : null;
            if (s == null) {
                throw new IllegalArgumentException(spec.id() + ": no column '" + name + "' for input '"
                        + (selectable ? "source" : in) + "'" + (selectable ? " (a column, or one of hl2, hlc3, "
                        + "ohlc4, hlcc4 computed from open, high, low and close)" : "") + " (columns: "
                        + String.join(", ", available) + ")");
            }
            column[i] = -1;
            derived[i] = s;
            parts[i] = new int[CANDLE.length];
            Arrays.fill(parts[i], -1);
            for (int c = 0; c < CANDLE.length; c++) {
                if (needs(s, CANDLE[c])) {
                    String part = find(available, renames.getOrDefault(CANDLE[c], CANDLE[c]));
                    if (part == null) {
                        throw new IllegalArgumentException(spec.id() + ": source " + s.id() + " is computed from "
                                + "columns " + needed(s) + ", and there is no column '"
                                + renames.getOrDefault(CANDLE[c], CANDLE[c]) + "' (columns: "
                                + String.join(", ", available) + ")");
                    }
                    parts[i][c] = add(columns, part);
                }
            }
        }
        return new InputLayout(List.copyOf(columns), column, derived, parts);
    }

    private static String find(List<String> available, String name) {
        for (String a : available) {
            if (a.equalsIgnoreCase(name)) {
                return a;
            }
        }
        return null;
    }

    private static int add(List<String> columns, String name) {
        int at = columns.indexOf(name);
        if (at < 0) {
            columns.add(name);
            at = columns.size() - 1;
        }
        return at;
    }

    /** The derived source of that name, or null where the name is no derived source. */
    private static Source derivable(String name) {
        try {
            Source s = Source.of(name);
            return s == Source.HL2 || s == Source.HLC3 || s == Source.OHLC4 || s == Source.HLCC4 ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> needed(Source s) {
        return Arrays.stream(CANDLE).filter(c -> needs(s, c)).toList();
    }

    private static boolean needs(Source s, String candle) {
        return switch (candle) {
            case "open" -> s == Source.OHLC4;
            case "close" -> s != Source.HL2;
            default -> true; // high and low
        };
    }

    /** Whether column c feeds only {@code timestamp} inputs (so it may hold Spark times). */
    boolean timesOnly(IndicatorSpec spec, int c) {
        for (int i = 0; i < column.length; i++) {
            boolean reads = column[i] == c || derived[i] != null && Arrays.stream(parts[i]).anyMatch(p -> p == c);
            if (reads && (derived[i] != null || !spec.inputs().get(i).equals("timestamp")
                    || i == 0 && spec.sourceSelectable())) {
                return false;
            }
        }
        return true;
    }

    /** The columns to read, each once. */
    List<String> columns() {
        return columns;
    }

    /** The indicator's inputs from the columns' series (in the order of {@link #columns()}, all one length). */
    double[][] inputs(double[][] raw) {
        double[][] in = new double[column.length][];
        for (int i = 0; i < in.length; i++) {
            if (column[i] >= 0) {
                in[i] = raw[column[i]];
                continue;
            }
            int[] p = parts[i];
            double[] o = p[0] < 0 ? null : raw[p[0]], h = raw[p[1]], l = raw[p[2]];
            double[] c = p[3] < 0 ? h : raw[p[3]]; // hl2 reads no close; Candles wants one
            in[i] = derived[i].of(new Candles(null, o, h, l, c, null));
        }
        return in;
    }
}
