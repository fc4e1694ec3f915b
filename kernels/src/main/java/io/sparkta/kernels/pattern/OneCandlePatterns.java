package io.sparkta.kernels.pattern;

import static io.sparkta.kernels.pattern.CandleSetting.BODY_DOJI;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.BODY_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.NEAR;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_SHORT;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_VERY_LONG;
import static io.sparkta.kernels.pattern.CandleSetting.SHADOW_VERY_SHORT;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** TA-Lib's patterns of a single candle, each judged against the averages of the candles before it. */
public final class OneCandlePatterns {
    private OneCandlePatterns() {
    }

    /** A doji with a very short shadow on one end and a longer one on the other (dragonfly, gravestone). */
    static boolean oneSidedDoji(Bars b, boolean tailBelow) {
        double veryShort = b.average(SHADOW_VERY_SHORT, 0);
        double shaven = tailBelow ? b.upperShadow(0) : b.lowerShadow(0);
        double tail = tailBelow ? b.lowerShadow(0) : b.upperShadow(0);
        return b.body(0) <= b.average(BODY_DOJI, 0) && (shaven < veryShort & tail > veryShort);
    }

    /** Both shadows of the current candle are under the setting's average. */
    static boolean shadowsUnder(Bars b, CandleSetting setting) {
        double limit = b.average(setting, 0);
        return b.upperShadow(0) < limit & b.lowerShadow(0) < limit;
    }

    @AutoService(Indicator.class)
    public static final class Doji extends CandlePattern {
        public Doji() {
            super("cdldoji", "Doji", lookback(0, BODY_DOJI), "100 where the body is doji-like");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) <= b.average(BODY_DOJI, 0) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class DragonflyDoji extends CandlePattern {
        public DragonflyDoji() {
            super("cdldragonflydoji", "Dragonfly Doji", lookback(0, BODY_DOJI, SHADOW_VERY_SHORT),
                    "100 for a doji with a very short upper and a long lower shadow");
        }

        @Override
        protected int detect(Bars b) {
            return oneSidedDoji(b, true) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class GravestoneDoji extends CandlePattern {
        public GravestoneDoji() {
            super("cdlgravestonedoji", "Gravestone Doji", lookback(0, BODY_DOJI, SHADOW_VERY_SHORT),
                    "100 for a doji with a very short lower and a long upper shadow");
        }

        @Override
        protected int detect(Bars b) {
            return oneSidedDoji(b, false) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class LongLeggedDoji extends CandlePattern {
        public LongLeggedDoji() {
            super("cdllongleggeddoji", "Long Legged Doji", lookback(0, BODY_DOJI, SHADOW_LONG),
                    "100 for a doji with a long upper or lower shadow");
        }

        @Override
        protected int detect(Bars b) {
            if (!(b.body(0) <= b.average(BODY_DOJI, 0))) {
                return 0;
            }
            double longShadow = b.average(SHADOW_LONG, 0);
            return b.lowerShadow(0) > longShadow | b.upperShadow(0) > longShadow ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class RickshawMan extends CandlePattern {
        public RickshawMan() {
            super("cdlrickshawman", "Rickshaw Man", lookback(0, BODY_DOJI, SHADOW_LONG, NEAR),
                    "100 for a doji with two long shadows and its body near the middle of the range");
        }

        @Override
        protected int detect(Bars b) {
            double longShadow = b.average(SHADOW_LONG, 0), near = b.average(NEAR, 0);
            double middle = b.low(0) + (b.high(0) - b.low(0)) / 2;
            return b.body(0) <= b.average(BODY_DOJI, 0) && (b.lowerShadow(0) > longShadow
                    & b.upperShadow(0) > longShadow & b.bodyBottom(0) <= middle + near
                    & b.bodyTop(0) >= middle - near) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Takuri extends CandlePattern {
        public Takuri() {
            super("cdltakuri", "Takuri (Dragonfly Doji with very long lower shadow)",
                    lookback(0, BODY_DOJI, SHADOW_VERY_SHORT, SHADOW_VERY_LONG),
                    "100 for a doji with a very short upper and a very long lower shadow");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) <= b.average(BODY_DOJI, 0) && b.upperShadow(0) < b.average(SHADOW_VERY_SHORT, 0)
                    && b.lowerShadow(0) > b.average(SHADOW_VERY_LONG, 0) ? 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class Marubozu extends CandlePattern {
        public Marubozu() {
            super("cdlmarubozu", "Marubozu", lookback(0, BODY_LONG, SHADOW_VERY_SHORT),
                    "+-100 (the candle's colour) for a long body with very short shadows on both ends");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) > b.average(BODY_LONG, 0) & shadowsUnder(b, SHADOW_VERY_SHORT) ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ClosingMarubozu extends CandlePattern {
        public ClosingMarubozu() {
            super("cdlclosingmarubozu", "Closing Marubozu", lookback(0, BODY_LONG, SHADOW_VERY_SHORT),
                    "+-100 (the candle's colour) for a long body with a very short shadow at its close");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) > b.average(BODY_LONG, 0) && b.closeShadow(0) < b.average(SHADOW_VERY_SHORT, 0)
                    ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class BeltHold extends CandlePattern {
        public BeltHold() {
            super("cdlbelthold", "Belt-hold", lookback(0, BODY_LONG, SHADOW_VERY_SHORT),
                    "+-100 (the candle's colour) for a long body with a very short shadow at its open");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) > b.average(BODY_LONG, 0) && b.openShadow(0) < b.average(SHADOW_VERY_SHORT, 0)
                    ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class LongLine extends CandlePattern {
        public LongLine() {
            super("cdllongline", "Long Line Candle", lookback(0, BODY_LONG, SHADOW_SHORT),
                    "+-100 (the candle's colour) for a long body with short shadows");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) > b.average(BODY_LONG, 0) & shadowsUnder(b, SHADOW_SHORT) ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class ShortLine extends CandlePattern {
        public ShortLine() {
            super("cdlshortline", "Short Line Candle", lookback(0, BODY_SHORT, SHADOW_SHORT),
                    "+-100 (the candle's colour) for a short body with short shadows");
        }

        @Override
        protected int detect(Bars b) {
            return b.body(0) < b.average(BODY_SHORT, 0) & shadowsUnder(b, SHADOW_SHORT) ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class SpinningTop extends CandlePattern {
        public SpinningTop() {
            super("cdlspinningtop", "Spinning Top", lookback(0, BODY_SHORT),
                    "+-100 (the candle's colour) for a short body with both shadows longer than it");
        }

        @Override
        protected int detect(Bars b) {
            double body = b.body(0);
            return body < b.average(BODY_SHORT, 0) & b.upperShadow(0) > body & b.lowerShadow(0) > body
                    ? b.color(0) * 100 : 0;
        }
    }

    @AutoService(Indicator.class)
    public static final class HighWave extends CandlePattern {
        public HighWave() {
            super("cdlhighwave", "High-Wave Candle", lookback(0, BODY_SHORT, SHADOW_VERY_LONG),
                    "+-100 (the candle's colour) for a short body with two very long shadows");
        }

        @Override
        protected int detect(Bars b) {
            double veryLong = b.average(SHADOW_VERY_LONG, 0);
            return b.body(0) < b.average(BODY_SHORT, 0) & b.upperShadow(0) > veryLong
                    & b.lowerShadow(0) > veryLong ? b.color(0) * 100 : 0;
        }
    }
}
