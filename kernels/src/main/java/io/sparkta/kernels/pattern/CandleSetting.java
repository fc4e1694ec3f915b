package io.sparkta.kernels.pattern;

/**
 * TA-Lib's default candle settings: what "long", "short", "doji-like", "near" and so on mean, each as a factor
 * times the mean of one measure over the previous candles (or, with no period, the candle's own real body).
 */
public enum CandleSetting {
    BODY_LONG(Measure.REAL_BODY, 10, 1.0),
    BODY_VERY_LONG(Measure.REAL_BODY, 10, 3.0),
    BODY_SHORT(Measure.REAL_BODY, 10, 1.0),
    BODY_DOJI(Measure.HIGH_LOW, 10, 0.1),
    SHADOW_LONG(Measure.REAL_BODY, 0, 1.0),
    SHADOW_VERY_LONG(Measure.REAL_BODY, 0, 2.0),
    SHADOW_SHORT(Measure.SHADOWS, 10, 1.0),
    SHADOW_VERY_SHORT(Measure.HIGH_LOW, 10, 0.1),
    NEAR(Measure.HIGH_LOW, 5, 0.2),
    FAR(Measure.HIGH_LOW, 5, 0.6),
    EQUAL(Measure.HIGH_LOW, 5, 0.05);

    /** The size a setting averages: the real body, the high-low range, or both shadows together. */
    enum Measure {
        REAL_BODY, HIGH_LOW, SHADOWS
    }

    final Measure measure;
    final int period;
    final double factor;

    CandleSetting(Measure measure, int period, double factor) {
        if (period == 0 && measure != Measure.REAL_BODY) {
            throw new IllegalArgumentException("a setting without a period measures the candle's own real body");
        }
        this.measure = measure;
        this.period = period;
        this.factor = factor;
    }
}
