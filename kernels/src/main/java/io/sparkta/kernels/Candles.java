package io.sparkta.kernels;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An OHLCV series held as parallel primitive arrays (no copies are made). Columns a caller does not have
 * may be {@code null}; asking an indicator for them fails with a clear message.
 */
public record Candles(long[] timestamp, double[] open, double[] high, double[] low, double[] close,
                      double[] volume) {

    public Candles {
        Objects.requireNonNull(close, "close");
    }

    /**
     * A seeded synthetic OHLCV random walk (4h bars from 2020-01-01): log-normal closes, opens at the previous
     * close, highs and lows around both, positive volumes. Same seed, same candles.
     */
    public static Candles randomWalk(int bars, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] ts = new long[bars];
        double[] o = new double[bars], h = new double[bars], l = new double[bars], c = new double[bars],
                v = new double[bars];
        double price = 100.0 * Math.exp(rnd.nextGaussian() * 0.5);
        for (int i = 0; i < bars; i++) {
            ts[i] = 1_577_836_800_000L + i * 14_400_000L;
            o[i] = price;
            price *= Math.exp(rnd.nextGaussian() * 0.01);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) * (1 + Math.abs(rnd.nextGaussian()) * 0.004);
            l[i] = Math.min(o[i], c[i]) * (1 - Math.abs(rnd.nextGaussian()) * 0.004);
            v[i] = 1000 * Math.exp(rnd.nextGaussian() * 0.3);
        }
        return new Candles(ts, o, h, l, c, v);
    }

    public int size() {
        return close.length;
    }

    /** The series of a stored column or a derived source. */
    public double[] series(Source source) {
        if (source == Source.TIMESTAMP && timestamp == null) {
            throw new IllegalArgumentException("these candles have no timestamps");
        }
        for (Source needed : needs(source)) {
            if (needed != Source.TIMESTAMP && column(needed) == null) {
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
