package io.sparkta.kernels;

/**
 * A typed indicator failure. Messages start with the indicator id and name the parameter, the offending
 * value and the valid range, for example {@code "alma: invalid sigma = 0.0 (valid: > 0)"}.
 */
public final class IndicatorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String indicator;
    private final ErrorKind kind;

    public IndicatorException(String indicator, ErrorKind kind, String detail) {
        super(indicator + ": " + detail);
        this.indicator = indicator;
        this.kind = kind;
    }

    public String indicator() {
        return indicator;
    }

    public ErrorKind kind() {
        return kind;
    }

    static IndicatorException emptyInput(String id) {
        return new IndicatorException(id, ErrorKind.EMPTY_INPUT, "empty input data");
    }

    static IndicatorException allValuesNaN(String id) {
        return new IndicatorException(id, ErrorKind.ALL_VALUES_NAN, "all input values are NaN");
    }

    public static IndicatorException lengthMismatch(String id, String what, int expected, int got) {
        return new IndicatorException(id, ErrorKind.LENGTH_MISMATCH,
                what + " has length " + got + ", expected " + expected);
    }
}
