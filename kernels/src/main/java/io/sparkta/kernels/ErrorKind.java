package io.sparkta.kernels;

/**
 * The kinds of failure an indicator reports, mirroring VectorTA's error variants.
 *
 * <p>{@link #isDataDependent()} separates problems of one series (too short, all NaN) from problems of the
 * call itself (a bad parameter): a Spark binding turns the former into NaN outputs for that series and
 * fails fast on the latter.
 */
public enum ErrorKind {
    /** The input series has length 0. */
    EMPTY_INPUT(true),
    /** No position holds a value in every input series. */
    ALL_VALUES_NAN(true),
    /** A period (window length) is outside its range, or larger than the data. */
    INVALID_PERIOD(true),
    /** Fewer valid values from the first valid one to the end than the parameters need. */
    NOT_ENOUGH_VALID_DATA(true),
    /** A non-period parameter (sigma, offset, a multiplier, a choice) is outside its range. */
    INVALID_PARAMETER(false),
    /** A batch axis (start, end, step) expands to nothing, or the grid is too large. */
    INVALID_RANGE(false),
    /** The input series (or a caller's output buffer) do not have the same length. */
    LENGTH_MISMATCH(false);

    private final boolean dataDependent;

    ErrorKind(boolean dataDependent) {
        this.dataDependent = dataDependent;
    }

    /** True when the same call could succeed on a longer or cleaner series. */
    public boolean isDataDependent() {
        return dataDependent;
    }
}
