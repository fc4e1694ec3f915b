package io.sparkta.kernels;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One indicator parameter: name, type, default and valid range.
 *
 * <p>Values are carried as {@code double} in declaration order (see {@link IndicatorSpec#defaults()}), so
 * that one code path serves ints, reals and choices; a choice is carried as the index of its name in
 * {@link #choices()}. The range is inclusive unless {@code minExclusive} is set (sigma &gt; 0).
 *
 * <p>The factories return typed handles ({@link Int}, {@link Real}, {@link Choice}) that an indicator keeps as
 * constants and reads its carried parameters through ({@code PERIOD.of(p)}): a descriptor binds each handle
 * to its position, so no indicator keeps index constants of its own.
 */
public class ParamSpec {
    private final String name;
    private final ParamType type;
    private final double defaultValue;
    private final double min;
    private final boolean minExclusive;
    private final double max;
    private final ErrorKind errorKind;
    private final Supplier<List<String>> choices;
    private final String defaultChoice;
    private final String description;
    private double[] sweep;
    private volatile int index = -1;

    private ParamSpec(String name, ParamType type, double defaultValue, double min, boolean minExclusive,
                      double max, ErrorKind errorKind, Supplier<List<String>> choices, String defaultChoice,
                      String description) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.minExclusive = minExclusive;
        this.max = max;
        this.errorKind = errorKind;
        this.choices = choices;
        this.defaultChoice = defaultChoice;
        this.description = description;
    }

    /** A window length: an integer whose violations are reported as {@link ErrorKind#INVALID_PERIOD}. */
    public static Int period(String name, int defaultValue, int min, String description) {
        return new Int(name, ParamType.INT, defaultValue, min, false, Integer.MAX_VALUE,
                ErrorKind.INVALID_PERIOD, null, null, description);
    }

    /** Any other integer parameter. */
    public static Int integer(String name, int defaultValue, int min, int max, String description) {
        return new Int(name, ParamType.INT, defaultValue, min, false, max,
                ErrorKind.INVALID_PARAMETER, null, null, description);
    }

    /** A yes/no switch, carried as 1 or 0; "true" and "false" parse too. */
    public static Int flag(String name, boolean defaultValue, String description) {
        return integer(name, defaultValue ? 1 : 0, 0, 1, description);
    }

    /** A real parameter in [min, max]; infinite bounds mean unbounded, NaN is always rejected. */
    public static Real real(String name, double defaultValue, double min, double max, String description) {
        return new Real(name, ParamType.REAL, defaultValue, min, false, max,
                ErrorKind.INVALID_PARAMETER, null, null, description);
    }

    /** A real parameter in (min, max]. */
    public static Real realAbove(String name, double defaultValue, double min, double max, String description) {
        return new Real(name, ParamType.REAL, defaultValue, min, true, max,
                ErrorKind.INVALID_PARAMETER, null, null, description);
    }

    /**
     * A named choice. The names are supplied lazily because some lists (the moving averages a band can use)
     * come from the registry, which is still being built while the descriptors are created.
     */
    public static Choice choice(String name, String defaultChoice, Supplier<List<String>> choices,
                                String description) {
        Supplier<List<String>> memo = new Supplier<>() {
            private volatile List<String> value;

            @Override
            public List<String> get() {
                List<String> v = value;
                if (v == null) {
                    v = List.copyOf(choices.get());
                    value = v;
                }
                return v;
            }
        };
        return new Choice(name, ParamType.CHOICE, Double.NaN, 0, false, Double.NaN,
                ErrorKind.INVALID_PARAMETER, memo, defaultChoice, description);
    }

    /** A choice among fixed names. */
    public static Choice choice(String name, String defaultChoice, List<String> choices, String description) {
        List<String> fixed = List.copyOf(choices);
        return choice(name, defaultChoice, () -> fixed, description);
    }

    /**
     * Sets the default sweep range (VectorTA's {@code default_range}), used where a grid names this parameter
     * without values; returns this handle. Only while the descriptor is being declared.
     */
    @SuppressWarnings("unchecked")
    public final <S extends ParamSpec> S sweep(double start, double end, double step) {
        if (index >= 0) {
            throw new IllegalStateException(name + ": the sweep range is declared with the parameter");
        }
        sweep = new double[] {start, end, step};
        return (S) this;
    }

    /** The default sweep range as {start, end, step}, or null when none is declared. */
    public final double[] sweepRange() {
        return sweep == null ? null : sweep.clone();
    }

    /** Binds this handle to its position in a descriptor's parameters (once; a handle serves one position). */
    final void bind(String indicator, int position) {
        synchronized (this) {
            if (index >= 0 && index != position) {
                throw new IllegalStateException(indicator + ": parameter handle '" + name + "' is already at position "
                        + index + ", cannot also be at " + position);
            }
            index = position;
        }
    }

    /** The carried value of this parameter in a parameter vector of its descriptor. */
    protected final double carried(double[] params) {
        int i = index;
        if (i < 0) {
            throw new IllegalStateException("parameter '" + name + "' belongs to no descriptor");
        }
        return params[i];
    }

    /** An integer parameter (periods, counts, flags). */
    public static final class Int extends ParamSpec {
        private Int(String name, ParamType type, double defaultValue, double min, boolean minExclusive, double max,
                    ErrorKind errorKind, Supplier<List<String>> choices, String defaultChoice, String description) {
            super(name, type, defaultValue, min, minExclusive, max, errorKind, choices, defaultChoice, description);
        }

        public int of(double[] params) {
            return (int) carried(params);
        }

        /** A flag's value (1 is true). */
        public boolean isSet(double[] params) {
            return carried(params) != 0;
        }
    }

    /** A real parameter. */
    public static final class Real extends ParamSpec {
        private Real(String name, ParamType type, double defaultValue, double min, boolean minExclusive, double max,
                     ErrorKind errorKind, Supplier<List<String>> choices, String defaultChoice, String description) {
            super(name, type, defaultValue, min, minExclusive, max, errorKind, choices, defaultChoice, description);
        }

        public double of(double[] params) {
            return carried(params);
        }
    }

    /** A named choice, carried as the index of its name. */
    public static final class Choice extends ParamSpec {
        private Choice(String name, ParamType type, double defaultValue, double min, boolean minExclusive, double max,
                       ErrorKind errorKind, Supplier<List<String>> choices, String defaultChoice, String description) {
            super(name, type, defaultValue, min, minExclusive, max, errorKind, choices, defaultChoice, description);
        }

        /** The chosen name. */
        public String of(double[] params) {
            return choices().get((int) carried(params));
        }

        /** The chosen name's index in {@link #choices()}. */
        public int indexOf(double[] params) {
            return (int) carried(params);
        }
    }

    public String name() {
        return name;
    }

    public ParamType type() {
        return type;
    }

    public String description() {
        return description;
    }

    public ErrorKind errorKind() {
        return errorKind;
    }

    /** The default as a carried value (a choice's index). */
    public double defaultValue() {
        return type == ParamType.CHOICE ? choiceIndex(defaultChoice) : defaultValue;
    }

    /** Lower bound of the valid range ({@code 0} for a choice). */
    public double min() {
        return type == ParamType.CHOICE ? 0 : min;
    }

    /** Upper bound of the valid range (the last choice index for a choice). */
    public double max() {
        return type == ParamType.CHOICE ? choices().size() - 1 : max;
    }

    public boolean minExclusive() {
        return minExclusive;
    }

    /** The names of a choice parameter; empty for the others. */
    public List<String> choices() {
        return choices == null ? List.of() : choices.get();
    }

    /** The index of a choice name (case-insensitive), or -1. */
    public int choiceIndex(String choice) {
        List<String> names = choices();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(choice)) {
                return i;
            }
        }
        return -1;
    }

    /** Parses a textual value (a number, or a choice name). */
    public double parse(String indicator, String text) {
        String t = text.trim();
        if (type == ParamType.CHOICE) {
            int idx = choiceIndex(t);
            if (idx < 0) {
                throw new IndicatorException(indicator, errorKind,
                        "invalid " + name + " = '" + t + "' (valid: " + rangeText() + ")");
            }
            return idx;
        }
        double v;
        try {
            v = max == 1 && min == 0 && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))
                    ? (t.equalsIgnoreCase("true") ? 1 : 0) : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IndicatorException(indicator, errorKind,
                    "invalid " + name + " = '" + t + "' (valid: " + rangeText() + ")");
        }
        validate(indicator, v);
        return v;
    }

    /** Checks a carried value against type and range; throws with the function, parameter and range. */
    public void validate(String indicator, double v) {
        boolean ok;
        if (Double.isNaN(v)) {
            ok = false;
        } else if (type == ParamType.REAL) {
            ok = (minExclusive ? v > min : v >= min) && v <= max;
        } else {
            ok = v == Math.rint(v) && v >= min() && v <= max();
        }
        if (!ok) {
            throw new IndicatorException(indicator, errorKind,
                    "invalid " + name + " = " + format(v) + " (valid: " + rangeText() + ")");
        }
    }

    /** A carried value as text: integers without a fraction, choices by name. */
    public String format(double v) {
        if (type == ParamType.CHOICE && v == Math.rint(v) && v >= 0 && v < choices().size()) {
            return choices().get((int) v);
        }
        if (type != ParamType.REAL && v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The valid range in words, used in error messages and docs. */
    public String rangeText() {
        switch (type) {
            case CHOICE:
                return "one of " + String.join(", ", choices());
            case INT:
                return max >= Integer.MAX_VALUE ? (long) min + ".." : (long) min + ".." + (long) max;
            default:
                String lo = minExclusive ? "> " + num(min) : ">= " + num(min);
                if (Double.isInfinite(min)) {
                    return Double.isInfinite(max) ? "any finite number" : "<= " + num(max);
                }
                if (Double.isInfinite(max)) {
                    return lo;
                }
                if (max == Double.MAX_VALUE) { // unbounded but finite
                    return lo + ", finite";
                }
                return (minExclusive ? "(" : "[") + num(min) + ", " + num(max) + "]";
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return name + ":" + type.jsonName() + "=" + format(defaultValue()) + " [" + rangeText() + "]";
    }
}
