package io.sparkta.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parameter grid: one axis per parameter, each a (start, end, step) range or an explicit list; parameters
 * not given keep their default. Expansion follows VectorTA exactly: nested loops with the first parameter
 * outermost, integer axes counting by step (downwards when start &gt; end), real axes by <em>repeated
 * addition</em> with a 1e-12 slack, so combos such as 0.7999999999999999 come out bit-identical.
 */
public final class ParamGrid {
    private static final double EPS = 1e-12;

    private final IndicatorSpec spec;
    private final double[][] axes;

    private ParamGrid(IndicatorSpec spec, double[][] axes) {
        this.spec = spec;
        this.axes = axes;
    }

    /** A grid holding every parameter at its default (one combo). */
    public static ParamGrid defaults(IndicatorSpec spec) {
        double[] d = spec.defaults();
        double[][] axes = new double[d.length][];
        for (int i = 0; i < d.length; i++) {
            axes[i] = new double[] {d[i]};
        }
        return new ParamGrid(spec, axes);
    }

    /** Sets one axis to a (start, end, step) range, expanded as VectorTA does. */
    public ParamGrid range(String param, double start, double end, double step) {
        int i = index(param);
        ParamSpec p = spec.params().get(i);
        return with(i, p.type() == ParamType.REAL ? expandReal(p, start, end, step) : expandInt(p, start, end, step));
    }

    /** Sets one axis to explicit values, in the order given. */
    public ParamGrid values(String param, double... values) {
        if (values.length == 0) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "no values given for " + param);
        }
        return with(index(param), values.clone());
    }

    /** Sets one axis to a single value. */
    public ParamGrid value(String param, double value) {
        return values(param, value);
    }

    /** The values of one axis after expansion. */
    public double[] axis(String param) {
        return axes[index(param)].clone();
    }

    /** Number of combos, failing on overflow. */
    public int size() {
        long n = 1;
        for (double[] a : axes) {
            n *= a.length;
            if (n > Integer.MAX_VALUE) {
                throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "grid has more than "
                        + Integer.MAX_VALUE + " combos");
            }
        }
        return (int) n;
    }

    /** Every combo, row r being combo r, each validated against the parameter ranges. */
    public double[][] combos() {
        return combos(0, size());
    }

    /**
     * Combos {@code from .. to-1} only (row r of the result is combo {@code from + r}), so that a task can
     * expand its own chunk of a grid too large to hold whole.
     */
    public double[][] combos(int from, int to) {
        int k = axes.length;
        double[][] out = new double[to - from][];
        for (int r = from; r < to; r++) {
            double[] combo = new double[k];
            int rest = r;
            for (int j = k - 1; j >= 0; j--) { // mixed radix, first parameter outermost
                combo[j] = axes[j][rest % axes[j].length];
                rest /= axes[j].length;
            }
            spec.validate(combo);
            out[r - from] = combo;
        }
        return out;
    }

    /**
     * Parses {@code name=spec[,name=spec]...} where each spec is a value, a {@code start:end:step} range or a
     * {@code v1;v2;...} list (choices by name); a name alone sweeps the parameter's default range (VectorTA's
     * {@code default_range}, where the descriptor declares one). Parameters not named keep their defaults.
     */
    public static ParamGrid parse(IndicatorSpec spec, String text) {
        ParamGrid grid = defaults(spec);
        if (text == null || text.isBlank()) {
            return grid;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0 && !part.isBlank()) {
                grid = grid.defaultRange(part.trim());
                continue;
            }
            if (eq <= 0) {
                throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "grid entries are name=value, "
                        + "name=start:end:step or name=v1;v2, got '" + part.trim() + "'");
            }
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            ParamSpec p = spec.param(name);
            String[] range = value.split(":");
            if (range.length == 3 && p.type() != ParamType.CHOICE) {
                grid = grid.range(name, number(spec, p, range[0]), number(spec, p, range[1]), number(spec, p, range[2]));
            } else if (range.length == 1) {
                String[] items = value.split(";");
                double[] values = new double[items.length];
                for (int i = 0; i < items.length; i++) {
                    values[i] = p.parse(spec.id(), items[i]);
                }
                grid = grid.values(name, values);
            } else {
                throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "invalid grid for " + name + ": '"
                        + value + "' (a value, start:end:step, or v1;v2;...)");
            }
        }
        return grid;
    }

    /** Sets one axis to the parameter's default sweep range. */
    public ParamGrid defaultRange(String param) {
        ParamSpec p = spec.param(param);
        double[] r = p.sweepRange();
        if (r == null) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "parameter " + p.name()
                    + " has no default sweep range; give one as " + p.name() + "=start:end:step");
        }
        return range(p.name(), r[0], r[1], r[2]);
    }

    private static double number(IndicatorSpec spec, ParamSpec p, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "invalid grid for " + p.name() + ": '"
                    + text.trim() + "' is not a number");
        }
    }

    private ParamGrid with(int i, double[] axis) {
        double[][] copy = axes.clone();
        copy[i] = axis;
        return new ParamGrid(spec, copy);
    }

    private int index(String param) {
        spec.param(param);
        return spec.paramIndex(param);
    }

    private double[] expandInt(ParamSpec p, double start, double end, double step) {
        for (double v : new double[] {start, end, step}) {
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                throw invalidRange(p, start, end, step, "integer axis needs whole numbers");
            }
        }
        long s = (long) start, e = (long) end, st = Math.abs((long) step);
        if (st == 0 || s == e) {
            return new double[] {s};
        }
        List<Double> vals = new ArrayList<>();
        if (s < e) {
            for (long v = s; v <= e; v += st) {
                vals.add((double) v);
            }
        } else {
            for (long v = s; v >= e; v -= st) {
                vals.add((double) v);
            }
        }
        return toArray(vals);
    }

    private double[] expandReal(ParamSpec p, double start, double end, double step) {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !Double.isFinite(step)) {
            throw invalidRange(p, start, end, step, "bounds and step must be finite");
        }
        if (Math.abs(step) < EPS || Math.abs(start - end) < EPS) {
            return new double[] {start};
        }
        double st = Math.abs(step);
        List<Double> vals = new ArrayList<>();
        if (start < end) {
            for (double x = start; x <= end + EPS; x += st) {
                vals.add(x);
            }
        } else {
            for (double x = start; x >= end - EPS; x -= st) {
                vals.add(x);
            }
        }
        return toArray(vals);
    }

    private IndicatorException invalidRange(ParamSpec p, double start, double end, double step, String why) {
        return new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, "invalid range for " + p.name()
                + ": start=" + start + ", end=" + end + ", step=" + step + " (" + why + ")");
    }

    private static double[] toArray(List<Double> vals) {
        return vals.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(spec.id()).append('{');
        for (int i = 0; i < axes.length; i++) {
            b.append(i == 0 ? "" : ", ").append(spec.params().get(i).name()).append('=')
                    .append(Arrays.toString(axes[i]));
        }
        return b.append('}').toString();
    }
}
