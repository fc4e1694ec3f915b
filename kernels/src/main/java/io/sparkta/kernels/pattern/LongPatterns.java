package io.sparkta.kernels.pattern;

import static io.sparkta.kernels.pattern.CandleSetting.BODY_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.NEAR;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_VERY_SHORT;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** TA-Lib's patterns of four and five candles, and the hikkakes, which wait for a confirmation. */
public final class LongPatterns {
    private LongPatterns() {
    }

    @AutoService(Indicator.class)
    public static final class ThreeBlackCrows extends CandlePattern {
        public ThreeBlackCrows() {
            super("cdl3blackcrows", "Three Black Crows", lookback(3, SHADOW_VERY_SHORT),
                    "-100 after a white candle: three declining black candles with very short lower shadows, "
                            + "each opening inside the previous body");
        }

        @Override
        protected int detect(Bars b) {
            for (int ago = 0; ago <= 2; ago++) {
                if (!(b.black(ago) & b.lowerShadow(ago) < b.average(SHADOW_VERY_SHORT, ago))) {
                    return 0;
                }
            }
            return b.white(3) & b.open(1) < b.open(2) & b.open(1) > b.close(2) & b.open(0) < b.open(1)
                    & b.open(0) > b.close(1) & b.high(3) > b.close(2) & b.close(2) > b.close(1)
                    & b.close(1) > b.close(0) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ThreeLineStrike extends CandlePattern {
        public ThreeLineStrike() {
            super("cdl3linestrike", "Three-Line Strike", lookback(3, NEAR),
                    "+-100 (the trend's colour) for three same-coloured candles, each opening near the previous "
                            + "body and closing further, then an opposite one wiping them out");
        }

        @Override
        protected int detect(Bars b) {
            if (!(b.color(3) == b.color(2) && b.color(2) == b.color(1) && b.color(0) == -b.color(1))) {
                return 0;
            }
            for (int ago = 2; ago >= 1; ago--) {
                double near = b.average(NEAR, ago + 1);
                if (!(b.open(ago) >= b.bodyBottom(ago + 1) - near && b.open(ago) <= b.bodyTop(ago + 1) + near)) {
                    return 0;
                }
            }
            boolean up = b.white(1) && b.close(1) > b.close(2) && b.close(2) > b.close(3) && b.open(0) > b.close(1)
                    && b.close(0) < b.open(3);
            boolean down = b.black(1) && b.close(1) < b.close(2) && b.close(2) < b.close(3)
                    && b.open(0) < b.close(1) && b.close(0) > b.open(3);
            return up || down ? b.color(1) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ConcealingBabySwallow extends CandlePattern {
        public ConcealingBabySwallow() {
            super("cdlconcealbabyswall", "Concealing Baby Swallow", lookback(3, SHADOW_VERY_SHORT),
                    "100 for two black marubozu, a black candle gapping down with an upper shadow into the "
                            + "second body, then a black candle engulfing it, shadows included");
        }

        @Override
        protected int detect(Bars b) {
            if (!(b.black(3) & b.black(2) & b.black(1) & b.black(0))) { // four black candles: rare
                return 0;
            }
            for (int ago = 3; ago >= 2; ago--) {
                double veryShort = b.average(SHADOW_VERY_SHORT, ago);
                if (!(b.lowerShadow(ago) < veryShort & b.upperShadow(ago) < veryShort)) {
                    return 0;
                }
            }
            return b.bodyGapDown(1, 2) & b.upperShadow(1) > b.average(SHADOW_VERY_SHORT, 1)
                    & b.high(1) > b.close(2) & b.high(0) > b.high(1) & b.low(0) < b.low(1) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Breakaway extends CandlePattern {
        public Breakaway() {
            super("cdlbreakaway", "Breakaway", lookback(4, BODY_LONG),
                    "+-100 (the last candle's colour) for a long candle, a gap, three candles running on, then "
                            + "an opposite one closing inside the gap");
        }

        @Override
        protected int detect(Bars b) {
            if (!(b.body(4) > b.average(BODY_LONG, 4) && b.color(4) == b.color(3) && b.color(3) == b.color(1)
                    && b.color(1) == -b.color(0))) {
                return 0;
            }
            boolean afterFall = b.black(4) && b.bodyGapDown(3, 4) && b.high(2) < b.high(3) && b.low(2) < b.low(3)
                    && b.high(1) < b.high(2) && b.low(1) < b.low(2) && b.close(0) > b.open(3)
                    && b.close(0) < b.close(4);
            boolean afterRise = b.white(4) && b.bodyGapUp(3, 4) && b.high(2) > b.high(3) && b.low(2) > b.low(3)
                    && b.high(1) > b.high(2) && b.low(1) > b.low(2) && b.close(0) < b.open(3)
                    && b.close(0) > b.close(4);
            return afterFall || afterRise ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class LadderBottom extends CandlePattern {
        public LadderBottom() {
            super("cdlladderbottom", "Ladder Bottom", lookback(4, SHADOW_VERY_SHORT),
                    "100 for three declining black candles, a black one with an upper shadow, then a white "
                            + "one opening above its body and closing above its high");
        }

        @Override
        protected int detect(Bars b) {
            // four black candles and a white one: rare, so the jump on the colours is well predicted
            return (b.black(4) & b.black(3) & b.black(2) & b.black(1) & b.white(0))
                    && (b.open(4) > b.open(3) & b.open(3) > b.open(2) & b.close(4) > b.close(3)
                    & b.close(3) > b.close(2) & b.upperShadow(1) > b.average(SHADOW_VERY_SHORT, 1)
                    & b.open(0) > b.open(1) & b.close(0) > b.high(1)) ? 100 : 0;
        }
    }

    /** Three short candles after a long one (mat hold, rising/falling three methods). */
    static boolean threeShortAfterLong(Bars b) {
        for (int ago = 3; ago >= 1; ago--) {
            if (!(b.body(ago) < b.average(BODY_SHORT, ago))) {
                return false;
            }
        }
        return b.body(4) > b.average(BODY_LONG, 4);
    }

    @AutoService(Indicator.class)
    public static final class MatHold extends CandlePattern {
        public MatHold() {
            super("cdlmathold", "Mat Hold", lookback(4, BODY_SHORT, BODY_LONG), PENETRATION_5,
                    "100 for a long white candle, three short ones holding above its body (penetration) with "
                            + "the first gapping up, then a white one closing above their highs");
        }

        @Override
        protected int detect(Bars b) {
            double floor = b.close(4) - b.body(4) * b.penetration();
            double highest = Math.max(Math.max(b.high(3), b.high(2)), b.high(1));
            return threeShortAfterLong(b) & b.white(4) & b.black(3) & b.white(0) & b.bodyGapUp(3, 4)
                    & b.bodyBottom(2) < b.close(4) & b.bodyBottom(1) < b.close(4) & b.bodyBottom(2) > floor
                    & b.bodyBottom(1) > floor & b.bodyTop(2) < b.open(3) & b.bodyTop(1) < b.bodyTop(2)
                    & b.open(0) > b.close(1) & b.close(0) > highest ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class RiseFallThreeMethods extends CandlePattern {
        public RiseFallThreeMethods() {
            super("cdlrisefall3methods", "Rising/Falling Three Methods", lookback(4, BODY_SHORT, BODY_LONG),
                    "+-100 (the first candle's colour) for a long candle, three short counter-moves inside its "
                            + "range, then a long candle closing beyond it");
        }

        @Override
        protected int detect(Bars b) {
            int trend = b.color(4);
            if (!((b.color(3) == -trend & b.color(2) == b.color(3) & b.color(1) == b.color(2) & b.color(0) == trend)
                    && threeShortAfterLong(b) && b.body(0) > b.average(BODY_LONG, 0))) {
                return 0;
            }
            for (int ago = 3; ago >= 1; ago--) {
                if (!(b.bodyBottom(ago) < b.high(4) && b.bodyTop(ago) > b.low(4))) {
                    return 0;
                }
            }
            return b.close(2) * trend < b.close(3) * trend && b.close(1) * trend < b.close(2) * trend
                    && b.open(0) * trend > b.close(1) * trend && b.close(0) * trend > b.close(4) * trend
                    ? 100 * trend : 0;
        }
    }

    /**
     * A hikkake: an inside-bar setup breaking out one way gives +-100 on its bar; a close beyond the setup's
     * inside bar the other way within three bars confirms it with +-200. TA-Lib already watches the three bars
     * before its first output, so the rule runs from three bars before the warm-up ends.
     */
    abstract static class Hikkake extends CandlePattern {
        Hikkake(String id, String name, Reach reach, String rule) {
            super(id, name, reach, reach.lookback() - 3, null, rule);
        }

        /** Whether the current bar completes a setup. */
        abstract boolean setup(Bars b);

        @Override
        protected int detect(Bars b) {
            if (setup(b)) {
                int code = b.high(0) < b.high(1) ? 100 : -100;
                b.setup(code);
                return code;
            }
            int code = b.setupCode();
            long since = b.sinceSetup();
            if (since <= 3 && (code > 0 && b.close(0) > b.high((int) since + 1)
                    || code < 0 && b.close(0) < b.low((int) since + 1))) {
                b.confirmSetup();
                return code + (code > 0 ? 100 : -100);
            }
            return 0;
        }

        /** The current bar breaks out of the previous (inside) bar, both ends the same way. */
        static boolean breakout(Bars b) {
            return b.high(0) < b.high(1) & b.low(0) < b.low(1) | b.high(0) > b.high(1) & b.low(0) > b.low(1);
        }
    }

    @AutoService(Indicator.class)
    public static final class HikkakePattern extends Hikkake {
        public HikkakePattern() {
            super("cdlhikkake", "Hikkake Pattern", lookback(5), "+-100 for an inside bar followed by a breakout against "
                    + "the expected move, +-200 where a close beyond the inside bar confirms it within three bars");
        }

        @Override
        boolean setup(Bars b) {
            return b.high(1) < b.high(2) & b.low(1) > b.low(2) & breakout(b);
        }
    }

    @AutoService(Indicator.class)
    public static final class ModifiedHikkake extends Hikkake {
        public ModifiedHikkake() {
            super("cdlhikkakemod", "Modified Hikkake Pattern", lookback(5, NEAR),
                    "a hikkake after two nested inside bars, the first closing near its low (bullish) or high "
                            + "(bearish)");
        }

        @Override
        boolean setup(Bars b) {
            double near = b.average(NEAR, 2);
            return b.high(2) < b.high(3) & b.low(2) > b.low(3) & b.high(1) < b.high(2) & b.low(1) > b.low(2)
                    & (b.high(0) < b.high(1) & b.low(0) < b.low(1) & b.close(2) <= b.low(2) + near
                    | b.high(0) > b.high(1) & b.low(0) > b.low(1) & b.close(2) >= b.high(2) - near);
        }
    }
}
