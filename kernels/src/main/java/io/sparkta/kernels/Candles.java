package io.sparkta.kernels;

import java.util.Objects;

/**
 * An OHLCV series held as parallel primitive arrays (no copies are made). Columns a caller does not have
 * may be {@code null}; asking an indicator for them fails with a clear message.
 */
public record Candles(long[] timestamp, double[] open, double[] high, double[] low, double[] close,
                      double[] volume) {

    public Candles {
        Objects.requireNonNull(close, "close");
    }

    public int size() {
        return close.length;
    }

    /** The series of a stored column or a derived source. */
    public double[] series(Source source) {
        for (Source needed : needs(source)) {
            if (column(needed) == null) {
                throw new IllegalArgumentException("source " + source.id() + " needs the '" + needed.id()
                        + "' column, which these candles do not have");
            }
        }
        return source.of(this);
    }

    private double[] column(Source s) {
        switch (s) {
            case OPEN: return open;
            case HIGH: return high;
            case LOW: return low;
            case VOLUME: return volume;
            default: return close;
        }
    }

    private static Source[] needs(Source s) {
        switch (s) {
            case HL2: return new Source[] {Source.HIGH, Source.LOW};
            case HLC3: case HLCC4: return new Source[] {Source.HIGH, Source.LOW, Source.CLOSE};
            case OHLC4: return new Source[] {Source.OPEN, Source.HIGH, Source.LOW, Source.CLOSE};
            default: return new Source[] {s};
        }
    }
}
