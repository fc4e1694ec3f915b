package io.sparkta.kernels.pattern;

import io.sparkta.kernels.Category;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * A TA-Lib candlestick pattern on open, high, low and close: 0 where it is absent, +-100 (bullish / bearish;
 * hikkake's confirmations +-200) where its last candle closes. Each pattern is its rule on a {@link Bars}
 * window; the window keeps TA-Lib's candle-setting averages, and outputs start after TA-Lib's lookback.
 *
 * <p>Rules join their tests with {@code &} rather than {@code &&} where the tests are cheap comparisons: a
 * candle's colour and most comparisons between neighbouring candles are as good as random, so a chain of
 * short-circuit jumps is mispredicted often, where tests evaluated in full compile to flag arithmetic. A test
 * that rarely holds (a doji, a gap between bodies) stays a short circuit in front: its jump is well predicted
 * and skips the rest. Which form is faster was measured per pattern against TA-Lib; the codes are the same.
 */
public abstract class CandlePattern extends StepIndicator {
    /** Penetration 0.3: how far the last candle reaches into the first one's body (stars, abandoned baby). */
    static final ParamSpec.Real PENETRATION_3 = penetration(0.3);
    /** Penetration 0.5 (dark cloud cover, mat hold). */
    static final ParamSpec.Real PENETRATION_5 = penetration(0.5);

    private final int lookback;
    private final int from;
    private final ParamSpec.Real penetration;
    private final int candles;
    private final CandleSetting[] settings;

    /** How far back a pattern reads: TA-Lib's lookback, its candles and the candle settings its rule averages. */
    record Reach(int lookback, int candles, CandleSetting[] settings) {
    }

    /** A pattern without parameters. */
    protected CandlePattern(String id, String name, Reach reach, String rule) {
        this(id, name, reach, reach.lookback(), null, rule);
    }

    /** A pattern with TA-Lib's penetration parameter. */
    protected CandlePattern(String id, String name, Reach reach, ParamSpec.Real penetration, String rule) {
        this(id, name, reach, reach.lookback(), penetration, rule);
    }

    /** A pattern whose rule already runs on the {@code lookback - from} bars before its first output. */
    CandlePattern(String id, String name, Reach reach, int from, ParamSpec.Real penetration, String rule) {
        super(spec(id, name, reach.lookback(), penetration, rule));
        this.lookback = reach.lookback();
        this.from = from;
        this.penetration = penetration;
        this.candles = reach.candles();
        this.settings = reach.settings();
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

    /**
     * TA-Lib's lookback (the longest averaging period among the settings used, plus the earlier candles) with
     * the settings; every setting the rule reads must be named, as only their averages are kept.
     */
    static Reach lookback(int earlierCandles, CandleSetting... used) {
        int period = 0;
        for (CandleSetting s : used) {
            period = Math.max(period, s.period);
        }
        return new Reach(period + earlierCandles, earlierCandles + 1, used.clone());
    }

    /** The first bar with an output. */
    int lookback() {
        return lookback;
    }

    /** The pattern's code on the current bar of the window. */
    protected abstract int detect(Bars b);

    @Override
    protected Step start(double[] p) {
        return start(penetration(p));
    }

    Step start(double penetrationValue) {
        Bars bars = Bars.ring(from, lookback, candles, penetrationValue, settings);
        return (bar, out) -> {
            bars.push(bar[0], bar[1], bar[2], bar[3]);
            out[0] = bars.index() >= from ? detect(bars) : 0;
        };
    }

    /**
     * The whole series at once: the rule reads the input arrays in place instead of a window filled bar by
     * bar, with the same running sums worked out a block at a time, so the codes are the step's.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] params, Vectorization vectorization,
                                 double[][] out, int offset) {
        compute(in, first, penetration(params), out[0], offset);
    }

    /**
     * Writes the codes from bar {@code first + lookback} on into {@code codes[offset + t]}; the rule already
     * runs on the bars before from {@code first + from}, for its setups (hikkake).
     */
    void compute(double[][] in, int first, double penetrationValue, double[] codes, int offset) {
        int n = in[0].length;
        if ((long) first + from >= n) {
            return;
        }
        int ruleFrom = first + from, outFrom = (int) Math.min(n, (long) first + lookback);
        Bars bars = Bars.over(in[0], in[1], in[2], in[3], first, from, candles, penetrationValue, settings);
        bars.seed(ruleFrom);
        bars.fill(ruleFrom, outFrom);
        for (int t = ruleFrom; t < outFrom; t++) {
            bars.moveTo(t);
            detect(bars);
        }
        for (int start = outFrom; start < n; start += Bars.BLOCK) {
            int end = Math.min(n, start + Bars.BLOCK);
            bars.fill(start, end);
            for (int t = start; t < end; t++) {
                bars.moveTo(t);
                codes[offset + t] = detect(bars);
            }
        }
    }

    private double penetration(double[] p) {
        return penetration == null ? 0 : penetration.of(p);
    }

    /** Whether this pattern takes a penetration, and its default. */
    ParamSpec.Real penetrationParam() {
        return penetration;
    }
}
