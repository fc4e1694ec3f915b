package io.sparkta.kernels.pattern;

import io.sparkta.kernels.Category;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * A TA-Lib candlestick pattern on open, high, low and close: 0 where it is absent, +-100 (bullish / bearish;
 * hikkake's confirmations +-200) where its last candle closes. Each pattern is its rule on a {@link Bars}
 * window; the window keeps TA-Lib's candle-setting averages, and outputs start after TA-Lib's lookback.
 */
public abstract class CandlePattern extends StepIndicator {
    /** Penetration 0.3: how far the last candle reaches into the first one's body (stars, abandoned baby). */
    static final ParamSpec.Real PENETRATION_3 = penetration(0.3);
    /** Penetration 0.5 (dark cloud cover, mat hold). */
    static final ParamSpec.Real PENETRATION_5 = penetration(0.5);

    private final int lookback;
    private final int from;
    private final ParamSpec.Real penetration;

    /** A pattern without parameters. */
    protected CandlePattern(String id, String name, int lookback, String rule) {
        this(id, name, lookback, lookback, null, rule);
    }

    /** A pattern with TA-Lib's penetration parameter. */
    protected CandlePattern(String id, String name, int lookback, ParamSpec.Real penetration, String rule) {
        this(id, name, lookback, lookback, penetration, rule);
    }

    /** A pattern whose rule already runs on the {@code lookback - from} bars before its first output. */
    CandlePattern(String id, String name, int lookback, int from, ParamSpec.Real penetration, String rule) {
        super(spec(id, name, lookback, penetration, rule));
        this.lookback = lookback;
        this.from = from;
        this.penetration = penetration;
    }

    private static IndicatorSpec spec(String id, String name, int lookback, ParamSpec.Real penetration,
                                      String rule) {
        IndicatorSpec.Builder b = IndicatorSpec.builder(id, name, Category.PATTERN).columns("open", "high", "low",
                "close");
        if (penetration != null) {
            b.params(penetration);
        }
        return b.output("values", OutputType.INT, Warmup.bars(lookback))
                .notes(rule + " (TA-Lib's rule with its default candle settings).").build();
    }

    static ParamSpec.Real penetration(double defaultValue) {
        return ParamSpec.real("penetration", defaultValue, 0, 3e37,
                "fraction of the first candle's body the last candle must reach into");
    }

    /** TA-Lib's lookback: the longest averaging period among the settings used, plus the earlier candles. */
    static int lookback(int earlierCandles, CandleSetting... used) {
        int period = 0;
        for (CandleSetting s : used) {
            period = Math.max(period, s.period);
        }
        return period + earlierCandles;
    }

    /** The first bar with an output. */
    int lookback() {
        return lookback;
    }

    /** The pattern's code on the current bar of the window. */
    protected abstract int detect(Bars b);

    @Override
    protected Step start(double[] p) {
        return start(penetration == null ? 0 : penetration.of(p));
    }

    Step start(double penetrationValue) {
        Bars bars = new Bars(from, lookback, penetrationValue);
        return (bar, out) -> {
            bars.push(bar[0], bar[1], bar[2], bar[3]);
            out[0] = bars.index() >= from ? detect(bars) : 0;
        };
    }

    /** Whether this pattern takes a penetration, and its default. */
    ParamSpec.Real penetrationParam() {
        return penetration;
    }
}
