package io.sparkta.kernels;

import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A warm-up rule: the offset from {@code first} (the first bar whose inputs are all valid) of an output's first
 * non-NaN value, as a function of the parameters, together with its text ({@code first + period - 1}). Declared
 * once in the descriptor; the warm-up, the data checks, the docs and the warm-up test are derived from it.
 */
public final class Warmup {
    private final String expression;
    private final ToIntFunction<double[]> offset;

    private Warmup(String expression, ToIntFunction<double[]> offset) {
        this.expression = expression;
        this.offset = offset;
    }

    /** Outputs from {@code first} on. */
    public static Warmup none() {
        return bars(0);
    }

    /** A fixed number of bars. */
    public static Warmup bars(int bars) {
        return new Warmup(bars == 0 ? "" : Integer.toString(bars), p -> bars);
    }

    /** As many bars as an integer parameter. */
    public static Warmup of(ParamSpec.Int param) {
        return new Warmup(param.name(), param::of);
    }

    /** The largest of several rules. */
    public static Warmup max(Warmup... rules) {
        String text = "max(" + Arrays.stream(rules).map(r -> r.expression.isEmpty() ? "0" : r.expression)
                .collect(Collectors.joining(", ")) + ")";
        return new Warmup(text, p -> {
            int m = Integer.MIN_VALUE;
            for (Warmup r : rules) {
                m = Math.max(m, r.at(p));
            }
            return m;
        });
    }

    /** A rule no combination above expresses, with its text (an expression in the parameters' names). */
    public static Warmup custom(String expression, ToIntFunction<double[]> offset) {
        return new Warmup(expression, offset);
    }

    public Warmup plus(int bars) {
        if (bars == 0) {
            return this;
        }
        String joined = expression.isEmpty() ? Integer.toString(bars)
                : expression + (bars > 0 ? " + " + bars : " - " + -bars);
        return new Warmup(joined, p -> offset.applyAsInt(p) + bars);
    }

    public Warmup plus(ParamSpec.Int param) {
        return plus(of(param));
    }

    public Warmup plus(Warmup other) {
        String joined = expression.isEmpty() ? other.expression
                : other.expression.isEmpty() ? expression : expression + " + " + other.expression;
        return new Warmup(joined, p -> offset.applyAsInt(p) + other.at(p));
    }

    public Warmup minus(ParamSpec.Int param) {
        return new Warmup(expression + " - " + param.name(), p -> offset.applyAsInt(p) - param.of(p));
    }

    /** The offset for a (validated) parameter vector. */
    public int at(double[] params) {
        return offset.applyAsInt(params);
    }

    /** The rule in words, {@code first + period - 1}. */
    public String text() {
        return expression.isEmpty() ? "first" : "first + " + expression;
    }

    @Override
    public String toString() {
        return text();
    }
}
