package io.sparkta.kernels.pattern;

import static io.sparkta.kernels.pattern.CandleSetting.BODY_DOJI;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.EQUAL;
import static io.sparkta.kernels.pattern.CandleSetting.FAR;
import static io.sparkta.kernels.pattern.CandleSetting.NEAR;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_VERY_SHORT;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** TA-Lib's patterns of three candles. */
public final class ThreeCandlePatterns {
    private ThreeCandlePatterns() {
    }

    /**
     * A star: a long first candle against {@code direction}, a small body (by {@code middle}) gapping away from
     * it, then a candle of {@code direction} closing back deep into the first body (penetration).
     */
    static int star(Bars b, CandleSetting middle, int direction) {
        double reach = b.body(2) * b.penetration();
        boolean star = b.body(2) > b.average(BODY_LONG, 2) & b.color(2) == -direction
                & b.body(1) <= b.average(middle, 1) & b.body(0) > b.average(BODY_SHORT, 0)
                & b.color(0) == direction;
        boolean away = direction < 0 ? b.bodyGapUp(1, 2) & b.close(0) < b.close(2) - reach
                : b.bodyGapDown(1, 2) & b.close(0) > b.close(2) + reach;
        return star & away ? direction * 100 : 0;
    }

    /** Three white candles, each closing higher, the second opening in or near the top of the first body. */
    static boolean advancing(Bars b) {
        return b.white(2) & b.white(1) & b.white(0) & b.close(0) > b.close(1) & b.close(1) > b.close(2)
                & b.open(1) > b.open(2) & b.open(1) <= b.close(2) + b.average(NEAR, 2);
    }

    /** The third candle opens within or near the top of the second body. */
    static boolean thirdOpensInSecond(Bars b) {
        return b.open(0) > b.open(1) & b.open(0) <= b.close(1) + b.average(NEAR, 1);
    }

    @AutoService(Indicator.class)
    public static final class MorningStar extends CandlePattern {
        public MorningStar() {
            super("cdlmorningstar", "Morning Star", lookback(2, BODY_SHORT, BODY_LONG), PENETRATION_3,
                    "100 for a long black candle, a short body gapping down, then a white candle closing deep "
                            + "into the first body");
        }

        @Override
        protected int detect(Bars b) {
            return star(b, BODY_SHORT, 1);
        }
    }

    @AutoService(Indicator.class)
    public static final class EveningStar extends CandlePattern {
        public EveningStar() {
            super("cdleveningstar", "Evening Star", lookback(2, BODY_SHORT, BODY_LONG), PENETRATION_3,
                    "-100 for a long white candle, a short body gapping up, then a black candle closing deep "
                            + "into the first body");
        }

        @Override
        protected int detect(Bars b) {
            return star(b, BODY_SHORT, -1);
        }
    }

    @AutoService(Indicator.class)
    public static final class MorningDojiStar extends CandlePattern {
        public MorningDojiStar() {
            super("cdlmorningdojistar", "Morning Doji Star", lookback(2, BODY_DOJI, BODY_LONG, BODY_SHORT),
                    PENETRATION_3, "100 for a morning star whose middle candle is a doji");
        }

        @Override
        protected int detect(Bars b) {
            return star(b, BODY_DOJI, 1);
        }
    }

    @AutoService(Indicator.class)
    public static final class EveningDojiStar extends CandlePattern {
        public EveningDojiStar() {
            super("cdleveningdojistar", "Evening Doji Star", lookback(2, BODY_DOJI, BODY_LONG, BODY_SHORT),
                    PENETRATION_3, "-100 for an evening star whose middle candle is a doji");
        }

        @Override
        protected int detect(Bars b) {
            return star(b, BODY_DOJI, -1);
        }
    }

    @AutoService(Indicator.class)
    public static final class AbandonedBaby extends CandlePattern {
        public AbandonedBaby() {
            super("cdlabandonedbaby", "Abandoned Baby", lookback(2, BODY_DOJI, BODY_LONG, BODY_SHORT),
                    PENETRATION_3, "+-100 (the third candle's colour) for a long candle, a doji gapping away "
                            + "(shadows included), then an opposite candle gapping back and closing deep into "
                            + "the first body");
        }

        @Override
        protected int detect(Bars b) {
            if (!(b.body(2) > b.average(BODY_LONG, 2) && b.body(1) <= b.average(BODY_DOJI, 1)
                    && b.body(0) > b.average(BODY_SHORT, 0))) {
                return 0;
            }
            double reach = b.body(2) * b.penetration();
            boolean top = b.white(2) && b.black(0) && b.close(0) < b.close(2) - reach && b.gapUp(1, 2)
                    && b.gapDown(0, 1);
            boolean bottom = b.black(2) && b.white(0) && b.close(0) > b.close(2) + reach && b.gapDown(1, 2)
                    && b.gapUp(0, 1);
            return top || bottom ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class TwoCrows extends CandlePattern {
        public TwoCrows() {
            super("cdl2crows", "Two Crows", lookback(2, BODY_LONG),
                    "-100 for a long white candle, a black one gapping up, then a black one opening in the "
                            + "second body and closing in the first");
        }

        @Override
        protected int detect(Bars b) {
            return b.white(2) & b.body(2) > b.average(BODY_LONG, 2) & b.black(1) & b.bodyGapUp(1, 2)
                    & b.black(0) & b.open(0) < b.open(1) & b.open(0) > b.close(1) & b.close(0) > b.open(2)
                    & b.close(0) < b.close(2) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class UpsideGapTwoCrows extends CandlePattern {
        public UpsideGapTwoCrows() {
            super("cdlupsidegap2crows", "Upside Gap Two Crows", lookback(2, BODY_SHORT, BODY_LONG),
                    "-100 for a long white candle, a short black one gapping up, then a black one engulfing it "
                            + "and still closing above the first");
        }

        @Override
        protected int detect(Bars b) {
            return b.white(2) & b.body(2) > b.average(BODY_LONG, 2) & b.black(1)
                    & b.body(1) <= b.average(BODY_SHORT, 1) & b.bodyGapUp(1, 2) & b.black(0)
                    & b.open(0) > b.open(1) & b.close(0) < b.close(1) & b.close(0) > b.close(2) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ThreeInside extends CandlePattern {
        public ThreeInside() {
            super("cdl3inside", "Three Inside Up/Down", lookback(2, BODY_SHORT, BODY_LONG),
                    "-+100 (against the first candle) for a harami confirmed by a third candle closing beyond "
                            + "the first open");
        }

        @Override
        protected int detect(Bars b) {
            boolean harami = b.body(2) > b.average(BODY_LONG, 2) & b.body(1) <= b.average(BODY_SHORT, 1)
                    & b.bodyTop(1) < b.bodyTop(2) & b.bodyBottom(1) > b.bodyBottom(2);
            boolean confirmed = b.white(2) ? b.black(0) & b.close(0) < b.open(2)
                    : b.white(0) & b.close(0) > b.open(2);
            return harami & confirmed ? -b.color(2) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ThreeOutside extends CandlePattern {
        public ThreeOutside() {
            super("cdl3outside", "Three Outside Up/Down", lookback(3),
                    "+-100 (the second candle's colour) for an engulfing pair confirmed by a third close beyond "
                            + "the second");
        }

        @Override
        protected int detect(Bars b) {
            boolean up = b.white(1) & b.black(2) & b.close(1) > b.open(2) & b.open(1) < b.close(2)
                    & b.close(0) > b.close(1);
            boolean down = b.black(1) & b.white(2) & b.open(1) > b.close(2) & b.close(1) < b.open(2)
                    & b.close(0) < b.close(1);
            return up | down ? b.color(1) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ThreeStarsInSouth extends CandlePattern {
        public ThreeStarsInSouth() {
            super("cdl3starsinsouth", "Three Stars In The South",
                    lookback(2, SHADOW_VERY_SHORT, SHADOW_LONG, BODY_LONG, BODY_SHORT),
                    "100 for three black candles shrinking into a short marubozu inside the second's range");
        }

        @Override
        protected int detect(Bars b) {
            return b.black(2) && b.black(1) && b.black(0) && b.body(2) > b.average(BODY_LONG, 2)
                    && b.lowerShadow(2) > b.average(SHADOW_LONG, 2) && b.body(1) < b.body(2)
                    && b.open(1) > b.close(2) && b.open(1) <= b.high(2) && b.low(1) < b.close(2)
                    && b.low(1) >= b.low(2) && b.lowerShadow(1) > b.average(SHADOW_VERY_SHORT, 1)
                    && b.body(0) < b.average(BODY_SHORT, 0) && OneCandlePatterns.shadowsUnder(b, SHADOW_VERY_SHORT)
                    && b.low(0) > b.low(1) && b.high(0) < b.high(1) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ThreeWhiteSoldiers extends CandlePattern {
        public ThreeWhiteSoldiers() {
            super("cdl3whitesoldiers", "Three Advancing White Soldiers",
                    lookback(2, SHADOW_VERY_SHORT, BODY_SHORT, FAR, NEAR),
                    "100 for three white candles with very short upper shadows, each opening in the previous "
                            + "body and closing higher, none much shorter than the one before");
        }

        @Override
        protected int detect(Bars b) {
            for (int ago = 0; ago <= 2; ago++) {
                if (!(b.upperShadow(ago) < b.average(SHADOW_VERY_SHORT, ago))) {
                    return 0;
                }
            }
            return advancing(b) & thirdOpensInSecond(b) & b.body(1) > b.body(2) - b.average(FAR, 2)
                    & b.body(0) > b.body(1) - b.average(FAR, 1) & b.body(0) > b.average(BODY_SHORT, 0) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class AdvanceBlock extends CandlePattern {
        public AdvanceBlock() {
            super("cdladvanceblock", "Advance Block", lookback(2, SHADOW_LONG, SHADOW_SHORT, FAR, NEAR, BODY_LONG),
                    "-100 for three advancing white candles losing strength: shrinking bodies or growing upper "
                            + "shadows");
        }

        @Override
        protected int detect(Bars b) {
            if (!(advancing(b) && thirdOpensInSecond(b) && b.body(2) > b.average(BODY_LONG, 2)
                    && b.upperShadow(2) < b.average(SHADOW_SHORT, 2))) {
                return 0;
            }
            boolean weakening = b.body(1) < b.body(2) - b.average(FAR, 2)
                    && b.body(0) < b.body(1) + b.average(NEAR, 1)
                    || b.body(0) < b.body(1) - b.average(FAR, 1)
                    || b.body(0) < b.body(1) && b.body(1) < b.body(2)
                    && (b.upperShadow(0) > b.average(SHADOW_SHORT, 0)
                    || b.upperShadow(1) > b.average(SHADOW_SHORT, 1))
                    || b.body(0) < b.body(1) && b.upperShadow(0) > b.average(SHADOW_LONG, 0);
            return weakening ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class StalledPattern extends CandlePattern {
        public StalledPattern() {
            super("cdlstalledpattern", "Stalled Pattern", lookback(2, BODY_LONG, BODY_SHORT, SHADOW_VERY_SHORT, NEAR),
                    "-100 for two long advancing white candles, then a short one riding on the second's top");
        }

        @Override
        protected int detect(Bars b) {
            return advancing(b) & b.body(2) > b.average(BODY_LONG, 2) & b.body(1) > b.average(BODY_LONG, 1)
                    & b.upperShadow(1) < b.average(SHADOW_VERY_SHORT, 1) & b.body(0) < b.average(BODY_SHORT, 0)
                    & b.open(0) >= b.close(1) - b.body(0) - b.average(NEAR, 1) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class IdenticalThreeCrows extends CandlePattern {
        public IdenticalThreeCrows() {
            super("cdlidentical3crows", "Identical Three Crows", lookback(2, SHADOW_VERY_SHORT, EQUAL),
                    "-100 for three declining black candles with very short lower shadows, each opening at the "
                            + "previous close");
        }

        @Override
        protected int detect(Bars b) {
            for (int ago = 0; ago <= 2; ago++) {
                if (!(b.black(ago) && b.lowerShadow(ago) < b.average(SHADOW_VERY_SHORT, ago))) {
                    return 0;
                }
            }
            double equal2 = b.average(EQUAL, 2), equal1 = b.average(EQUAL, 1);
            return b.close(2) > b.close(1) && b.close(1) > b.close(0) && b.open(1) <= b.close(2) + equal2
                    && b.open(1) >= b.close(2) - equal2 && b.open(0) <= b.close(1) + equal1
                    && b.open(0) >= b.close(1) - equal1 ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class GapSideSideWhite extends CandlePattern {
        public GapSideSideWhite() {
            super("cdlgapsidesidewhite", "Up/Down-gap side-by-side white lines", lookback(2, NEAR, EQUAL),
                    "+-100 (the gap's direction) for two similar white candles side by side after a body gap");
        }

        @Override
        protected int detect(Bars b) {
            boolean gap = b.bodyGapUp(1, 2) && b.bodyGapUp(0, 2) || b.bodyGapDown(1, 2) && b.bodyGapDown(0, 2);
            double near = b.average(NEAR, 1), equal = b.average(EQUAL, 1);
            return gap && b.white(1) && b.white(0) && b.body(0) >= b.body(1) - near && b.body(0) <= b.body(1) + near
                    && b.open(0) >= b.open(1) - equal && b.open(0) <= b.open(1) + equal
                    ? (b.bodyGapUp(1, 2) ? 100 : -100) : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class StickSandwich extends CandlePattern {
        public StickSandwich() {
            super("cdlsticksandwich", "Stick Sandwich", lookback(2, EQUAL),
                    "100 for black, white trading above the first close, then black closing at the first close");
        }

        @Override
        protected int detect(Bars b) {
            double equal = b.average(EQUAL, 2);
            return b.black(2) & b.white(1) & b.black(0) & b.low(1) > b.close(2)
                    & b.close(0) <= b.close(2) + equal & b.close(0) >= b.close(2) - equal ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class TasukiGap extends CandlePattern {
        public TasukiGap() {
            super("cdltasukigap", "Tasuki Gap", lookback(2, NEAR),
                    "+-100 (the second candle's colour) for a body gap, then an opposite candle of near the "
                            + "same size partly closing it");
        }

        @Override
        protected int detect(Bars b) {
            boolean similar = Math.abs(b.body(1) - b.body(0)) < b.average(NEAR, 1);
            boolean up = b.bodyGapUp(1, 2) && (b.white(1) & b.black(0) & b.open(0) < b.close(1)
                    & b.open(0) > b.open(1) & b.close(0) < b.open(1) & b.close(0) > b.bodyTop(2) & similar);
            boolean down = b.bodyGapDown(1, 2) && (b.black(1) & b.white(0) & b.open(0) < b.open(1)
                    & b.open(0) > b.close(1) & b.close(0) > b.open(1) & b.close(0) < b.bodyBottom(2) & similar);
            return up | down ? b.color(1) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Tristar extends CandlePattern {
        public Tristar() {
            super("cdltristar", "Tristar Pattern", lookback(2, BODY_DOJI),
                    "-+100 for three dojis (by the first's average) whose middle one gaps up (-100) or down (100)");
        }

        @Override
        protected int detect(Bars b) {
            double doji = b.average(BODY_DOJI, 2);
            if (!(b.body(2) <= doji && (b.body(1) <= doji & b.body(0) <= doji))) {
                return 0;
            }
            int code = 0;
            if (b.bodyGapUp(1, 2) && b.bodyTop(0) < b.bodyTop(1)) {
                code = -100;
            }
            if (b.bodyGapDown(1, 2) && b.bodyBottom(0) > b.bodyBottom(1)) {
                code = 100;
            }
            return code;
        }
    }

    @AutoService(Indicator.class)
    public static final class UniqueThreeRiver extends CandlePattern {
        public UniqueThreeRiver() {
            super("cdlunique3river", "Unique 3 River", lookback(2, BODY_SHORT, BODY_LONG),
                    "100 for a long black candle, a black harami making a new low, then a short white candle "
                            + "opening above that low");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(2) > b.average(BODY_LONG, 2) & b.black(2) & b.black(1) & b.close(1) > b.close(2)
                    & b.open(1) <= b.open(2) & b.low(1) < b.low(2) & b.body(0) < b.average(BODY_SHORT, 0)
                    & b.white(0) & b.open(0) > b.low(1) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class XSideGapThreeMethods extends CandlePattern {
        public XSideGapThreeMethods() {
            super("cdlxsidegap3methods", "Upside/Downside Gap Three Methods", lookback(2),
                    "+-100 (the first candle's colour) for two candles gapping in their direction, then an "
                            + "opposite one closing the gap");
        }

        @Override
        protected int detect(Bars b) {
            return (b.white(2) & b.bodyGapUp(1, 2) | b.black(2) & b.bodyGapDown(1, 2))
                    && (b.color(2) == b.color(1) & b.color(1) == -b.color(0) & b.open(0) < b.bodyTop(1)
                    & b.open(0) > b.bodyBottom(1) & b.close(0) < b.bodyTop(2) & b.close(0) > b.bodyBottom(2))
                    ? b.color(2) * 100 : 0;
        }
    }
}
