package io.sparkta.kernels;

import java.util.Locale;

/**
 * Candle columns and the derived price sources, computed in VectorTA's operation order so that derived
 * series are bit-identical: hl2 = (h + l) / 2, hlc3 = (h + l + c) / 3, ohlc4 = (o + h + l + c) / 4,
 * hlcc4 = (h + l + 2c) / 4.
 */
public enum Source {
    OPEN, HIGH, LOW, CLOSE, VOLUME, HL2, HLC3, OHLC4, HLCC4,
    /** Bar times in epoch milliseconds, as doubles (exact below 2^53), for indicators anchored in time (VWAP). */
    TIMESTAMP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a source up by name, case-insensitively ("hlcc" is accepted for hlcc4). Unlike VectorTA, which
     * warns and falls back to close, an unknown name is an error: a silent fallback hides typos.
     */
    public static Source of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("hlcc")) {
            return HLCC4;
        }
        for (Source s : values()) {
            if (s.id().equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source '" + name
                + "' (valid: open, high, low, close, volume, hl2, hlc3, ohlc4, hlcc4, timestamp)");
    }

    /** Whether {@code name} names a source ({@link #of} accepts it). */
    public static boolean names(String name) {
        try {
            of(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The series of this source for the given candles; stored columns are returned without copying. */
    public double[] of(Candles c) {
        switch (this) {
            case OPEN: return c.open();
            case HIGH: return c.high();
            case LOW: return c.low();
            case CLOSE: return c.close();
            case VOLUME: return c.volume();
            case TIMESTAMP: return java.util.Arrays.stream(c.timestamp()).asDoubleStream().toArray();
            default: break;
        }
        int n = c.size();
        double[] out = new double[n];
        double[] o = c.open(), h = c.high(), l = c.low(), cl = c.close();
        for (int i = 0; i < n; i++) {
            switch (this) {
                case HL2: out[i] = (h[i] + l[i]) / 2.0; break;
                case HLC3: out[i] = (h[i] + l[i] + cl[i]) / 3.0; break;
                case OHLC4: out[i] = (o[i] + h[i] + l[i] + cl[i]) / 4.0; break;
                default: out[i] = (h[i] + l[i] + 2.0 * cl[i]) / 4.0; break;
            }
        }
        return out;
    }
}
