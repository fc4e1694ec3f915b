package io.sparkta.kernels.pattern;

import static io.sparkta.kernels.pattern.CandleSetting.BODY_DOJI;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.EQUAL;
import static io.sparkta.kernels.pattern.CandleSetting.NEAR;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_VERY_SHORT;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** TA-Lib's patterns of two candles (and the single-candle ones placed against the candle before). */
public final class TwoCandlePatterns {
    private TwoCandlePatterns() {
    }

    /** A small body with a long lower and a very short upper shadow (hammer, hanging man). */
    static boolean hammerShape(Bars b) {
        return b.body(0) < b.average(BODY_SHORT, 0) & b.lowerShadow(0) > b.average(SHADOW_LONG, 0)
                & b.upperShadow(0) < b.average(SHADOW_VERY_SHORT, 0);
    }

    /** A small body with a long upper and a very short lower shadow (inverted hammer, shooting star). */
    static boolean invertedHammerShape(Bars b) {
        return b.body(0) < b.average(BODY_SHORT, 0) & b.upperShadow(0) > b.average(SHADOW_LONG, 0)
                & b.lowerShadow(0) < b.average(SHADOW_VERY_SHORT, 0);
    }

    /** Whether {@code value} is within the setting's average of {@code level} for the previous candle. */
    static boolean within(Bars b, double value, double level, CandleSetting setting) {
        double tolerance = b.average(setting, 1);
        return value <= level + tolerance & value >= level - tolerance;
    }

    /** A long black candle, then a white one opening below its low (in-neck, on-neck, thrusting). */
    static boolean whiteOpensBelowLongBlack(Bars b) {
        return b.black(1) & b.body(1) > b.average(BODY_LONG, 1) & b.white(0) & b.open(0) < b.low(1);
    }

    /** Two long candles of opposite colours, each with very short shadows, gapping apart (kicking). */
    static boolean kicking(Bars b) {
        for (int ago = 0; ago <= 1; ago++) {
            double veryShort = b.average(SHADOW_VERY_SHORT, ago);
            if (!(b.body(ago) > b.average(BODY_LONG, ago) & b.upperShadow(ago) < veryShort
                    & b.lowerShadow(ago) < veryShort)) {
                return false;
            }
        }
        return b.color(1) == -b.color(0) & (b.black(1) ? b.gapUp(0, 1) : b.gapDown(0, 1));
    }

    /** A long candle, then a small body inside its body (harami, harami cross); the code opposes the first. */
    static int harami(Bars b, CandleSetting small) {
        return b.body(1) > b.average(BODY_LONG, 1) & b.body(0) <= b.average(small, 0)
                & b.bodyTop(0) < b.bodyTop(1) & b.bodyBottom(0) > b.bodyBottom(1) ? -b.color(1) * 100 : 0;
    }

    @AutoService(Indicator.class)
    public static final class Hammer extends CandlePattern {
        public Hammer() {
            super("cdlhammer", "Hammer", lookback(1, BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT, NEAR),
                    "100 for a hammer-shaped candle whose body is at or near the previous candle's low");
        }

        @Override
        protected int detect(Bars b) {
            return hammerShape(b) & b.bodyBottom(0) <= b.low(1) + b.average(NEAR, 1) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class HangingMan extends CandlePattern {
        public HangingMan() {
            super("cdlhangingman", "Hanging Man", lookback(1, BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT, NEAR),
                    "-100 for a hammer-shaped candle whose body is at or near the previous candle's high");
        }

        @Override
        protected int detect(Bars b) {
            return hammerShape(b) & b.bodyBottom(0) >= b.high(1) - b.average(NEAR, 1) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class InvertedHammer extends CandlePattern {
        public InvertedHammer() {
            super("cdlinvertedhammer", "Inverted Hammer", lookback(1, BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT),
                    "100 for an inverted-hammer-shaped candle whose body gaps down from the previous one");
        }

        @Override
        protected int detect(Bars b) {
            return invertedHammerShape(b) & b.bodyGapDown(0, 1) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ShootingStar extends CandlePattern {
        public ShootingStar() {
            super("cdlshootingstar", "Shooting Star", lookback(1, BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT),
                    "-100 for an inverted-hammer-shaped candle whose body gaps up from the previous one");
        }

        @Override
        protected int detect(Bars b) {
            return invertedHammerShape(b) & b.bodyGapUp(0, 1) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Engulfing extends CandlePattern {
        public Engulfing() {
            super("cdlengulfing", "Engulfing Pattern", lookback(2),
                    "+-100 (the second candle's colour) where its body engulfs the opposite-coloured first body");
        }

        @Override
        protected int detect(Bars b) {
            boolean bullish = b.white(0) & b.black(1) & b.close(0) > b.open(1) & b.open(0) < b.close(1);
            boolean bearish = b.black(0) & b.white(1) & b.open(0) > b.close(1) & b.close(0) < b.open(1);
            return bullish | bearish ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Harami extends CandlePattern {
        public Harami() {
            super("cdlharami", "Harami Pattern", lookback(1, BODY_SHORT, BODY_LONG),
                    "-+100 (against the first candle) for a short body inside a long one");
        }

        @Override
        protected int detect(Bars b) {
            return harami(b, BODY_SHORT);
        }
    }

    @AutoService(Indicator.class)
    public static final class HaramiCross extends CandlePattern {
        public HaramiCross() {
            super("cdlharamicross", "Harami Cross Pattern", lookback(1, BODY_DOJI, BODY_LONG),
                    "-+100 (against the first candle) for a doji inside a long body");
        }

        @Override
        protected int detect(Bars b) {
            // a doji is rare: a jump on it is well predicted and skips the rest
            return b.body(0) <= b.average(BODY_DOJI, 0) ? harami(b, BODY_DOJI) : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class DojiStar extends CandlePattern {
        public DojiStar() {
            super("cdldojistar", "Doji Star", lookback(1, BODY_DOJI, BODY_LONG),
                    "-+100 (against the first candle) for a doji gapping away from a long body in its direction");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(1) > b.average(BODY_LONG, 1) & b.body(0) <= b.average(BODY_DOJI, 0)
                    & (b.white(1) ? b.bodyGapUp(0, 1) : b.bodyGapDown(0, 1)) ? -b.color(1) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class DarkCloudCover extends CandlePattern {
        public DarkCloudCover() {
            super("cdldarkcloudcover", "Dark Cloud Cover", lookback(1, BODY_LONG), PENETRATION_5,
                    "-100 for a long white candle, then a black one opening above its high and closing deep "
                            + "(penetration) into its body");
        }

        @Override
        protected int detect(Bars b) {
            return b.white(1) & b.body(1) > b.average(BODY_LONG, 1) & b.black(0) & b.open(0) > b.high(1)
                    & b.close(0) > b.open(1) & b.close(0) < b.close(1) - b.body(1) * b.penetration() ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Piercing extends CandlePattern {
        public Piercing() {
            super("cdlpiercing", "Piercing Pattern", lookback(1, BODY_LONG),
                    "100 for a long black candle, then a long white one opening below its low and closing above "
                            + "the middle of its body");
        }

        @Override
        protected int detect(Bars b) {
            return b.black(1) & b.body(1) > b.average(BODY_LONG, 1) & b.white(0)
                    & b.body(0) > b.average(BODY_LONG, 0) & b.open(0) < b.low(1) & b.close(0) < b.open(1)
                    & b.close(0) > b.close(1) + b.body(1) * 0.5 ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class CounterAttack extends CandlePattern {
        public CounterAttack() {
            super("cdlcounterattack", "Counterattack", lookback(1, EQUAL, BODY_LONG),
                    "+-100 (the second candle's colour) for two long opposite candles closing at the same level");
        }

        @Override
        protected int detect(Bars b) {
            return b.color(1) == -b.color(0) & b.body(1) > b.average(BODY_LONG, 1)
                    & b.body(0) > b.average(BODY_LONG, 0) & within(b, b.close(0), b.close(1), EQUAL)
                    ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class HomingPigeon extends CandlePattern {
        public HomingPigeon() {
            super("cdlhomingpigeon", "Homing Pigeon", lookback(1, BODY_SHORT, BODY_LONG),
                    "100 for a long black candle, then a short black one inside its body");
        }

        @Override
        protected int detect(Bars b) {
            return b.black(1) & b.black(0) & b.body(1) > b.average(BODY_LONG, 1)
                    & b.body(0) <= b.average(BODY_SHORT, 0) & b.open(0) < b.open(1) & b.close(0) > b.close(1)
                    ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class InNeck extends CandlePattern {
        public InNeck() {
            super("cdlinneck", "In-Neck Pattern", lookback(1, EQUAL, BODY_LONG),
                    "-100 for a long black candle, then a white one opening below its low and closing just at "
                            + "or above its close");
        }

        @Override
        protected int detect(Bars b) {
            return whiteOpensBelowLongBlack(b) & b.close(0) <= b.close(1) + b.average(EQUAL, 1)
                    & b.close(0) >= b.close(1) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class OnNeck extends CandlePattern {
        public OnNeck() {
            super("cdlonneck", "On-Neck Pattern", lookback(1, EQUAL, BODY_LONG),
                    "-100 for a long black candle, then a white one opening below its low and closing at its low");
        }

        @Override
        protected int detect(Bars b) {
            return whiteOpensBelowLongBlack(b) & within(b, b.close(0), b.low(1), EQUAL) ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Thrusting extends CandlePattern {
        public Thrusting() {
            super("cdlthrusting", "Thrusting Pattern", lookback(1, EQUAL, BODY_LONG),
                    "-100 for a long black candle, then a white one opening below its low and closing into its "
                            + "body, but not above its middle");
        }

        @Override
        protected int detect(Bars b) {
            return whiteOpensBelowLongBlack(b) & b.close(0) > b.close(1) + b.average(EQUAL, 1)
                    & b.close(0) <= b.close(1) + b.body(1) * 0.5 ? -100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class MatchingLow extends CandlePattern {
        public MatchingLow() {
            super("cdlmatchinglow", "Matching Low", lookback(1, EQUAL),
                    "100 for two black candles closing at the same level");
        }

        @Override
        protected int detect(Bars b) {
            return b.black(1) & b.black(0) & within(b, b.close(0), b.close(1), EQUAL) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class SeparatingLines extends CandlePattern {
        public SeparatingLines() {
            super("cdlseparatinglines", "Separating Lines", lookback(1, SHADOW_VERY_SHORT, BODY_LONG, EQUAL),
                    "+-100 (the second candle's colour) for opposite candles opening at the same level, the "
                            + "second long with a very short shadow at its open");
        }

        @Override
        protected int detect(Bars b) {
            return b.color(1) == -b.color(0) && within(b, b.open(0), b.open(1), EQUAL)
                    && b.body(0) > b.average(BODY_LONG, 0) && b.openShadow(0) < b.average(SHADOW_VERY_SHORT, 0)
                    ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Kicking extends CandlePattern {
        public Kicking() {
            super("cdlkicking", "Kicking", lookback(1, SHADOW_VERY_SHORT, BODY_LONG),
                    "+-100 (the second candle's colour) for two opposite marubozu gapping apart");
        }

        @Override
        protected int detect(Bars b) {
            return kicking(b) ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class KickingByLength extends CandlePattern {
        public KickingByLength() {
            super("cdlkickingbylength", "Kicking - bull/bear determined by the longer marubozu",
                    lookback(1, SHADOW_VERY_SHORT, BODY_LONG),
                    "+-100 (the longer candle's colour) for two opposite marubozu gapping apart");
        }

        @Override
        protected int detect(Bars b) {
            return kicking(b) ? b.color(b.body(0) > b.body(1) ? 0 : 1) * 100 : 0;
        }
    }
}
