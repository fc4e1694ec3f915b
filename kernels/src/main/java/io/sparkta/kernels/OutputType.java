package io.sparkta.kernels;

/**
 * What an output's values are. Kernels write doubles (NaN during warm-up); the bindings carry integer outputs as
 * Spark {@code int} / Arrow {@code Int32} / CSV integers and booleans as {@code boolean} / {@code Bit} /
 * {@code true|false}, with NaN as null.
 */
public enum OutputType {
    /** A real value. */
    REAL,
    /** An integer code (a candlestick pattern's 0 / +-100, a direction +-1). */
    INT,
    /** A signal: 1 is true, 0 false. */
    BOOL;

    /** Whether a kernel's value fits this type (NaN always does: it is the missing value). */
    public boolean admits(double v) {
        return switch (this) {
            case REAL -> true;
            case INT -> Double.isNaN(v) || (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE);
            case BOOL -> Double.isNaN(v) || v == 0 || v == 1;
        };
    }
}
