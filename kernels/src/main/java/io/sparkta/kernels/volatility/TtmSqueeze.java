package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * John Carter's TTM Squeeze: the momentum (a linear regression's last value of the close less the mean of the
 * Donchian midline and the close's average) and how tight the squeeze is, from the Bollinger Bands' width
 * against Keltner Channels of three widths (0 none, 1 low, 2 mid, 3 high).
 */
@AutoService(Indicator.class)
public final class TtmSqueeze extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("length", 20, 2, "window of every average")
            .sweep(20, 269, 1);
    static final ParamSpec.Real BB_MULT = ParamSpec.realAbove("bb_mult", 2.0, 0, Double.MAX_VALUE,
            "Bollinger Bands width in standard deviations").sweep(2.0, 2.0, 0);
    static final ParamSpec.Real KC_MULT_HIGH = ParamSpec.realAbove("kc_mult_high", 1.0, 0, Double.MAX_VALUE,
            "narrowest Keltner Channel, in average true ranges");
    static final ParamSpec.Real KC_MULT_MID = ParamSpec.realAbove("kc_mult_mid", 1.5, 0, Double.MAX_VALUE,
            "middle Keltner Channel, in average true ranges");
    static final ParamSpec.Real KC_MULT_LOW = ParamSpec.realAbove("kc_mult_low", 2.0, 0, Double.MAX_VALUE,
            "widest Keltner Channel, in average true ranges");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ttm_squeeze", "TTM Squeeze", Category.VOLATILITY)
            .columns("high", "low", "close").params(LENGTH, BB_MULT, KC_MULT_HIGH, KC_MULT_MID, KC_MULT_LOW)
            .output("momentum", Warmup.of(LENGTH).plus(-1))
            .output("squeeze", OutputType.INT, Warmup.of(LENGTH).plus(-1))
            .notes("With m the close's mean, sd its population deviation and atr the mean true range over length "
                    + "(the first bar's true range is high - low): squeeze is 0 where bb_mult sd > kc_mult_low atr, "
                    + "else 3 where bb_mult sd <= kc_mult_high atr, 2 where <= kc_mult_mid atr, else 1 (compared "
                    + "squared, as VectorTA's scalar kernel does). momentum fits close - ((highest high + lowest low) "
                    + "/ 2 + m) / 2 over the window and takes the fitted last value, from running sums: VectorTA's "
                    + "scalar kernel at its default parameters (its other paths, and its SIMD build, sum windows "
                    + "afresh and differ by up to 3e-6 relative). VectorTA gives only NaN for length 1; here length "
                    + "starts at 2.")
            .build();

    public TtmSqueeze() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int length = LENGTH.of(p);
        double n = length, sx = 0.5 * n * (n - 1.0), sx2 = (n - 1.0) * n * (2.0 * n - 1.0) / 6.0;
        double invDen = 1.0 / (n * sx2 - sx * sx), invN = 1.0 / n, halfNm1 = 0.5 * (n - 1.0);
        double bbSq = square(BB_MULT.of(p)), lowSq = square(KC_MULT_LOW.of(p));
        double midSq = square(KC_MULT_MID.of(p)), highSq = square(KC_MULT_HIGH.of(p));
        double[] closes = new double[length], ranges = new double[length];
        RollingExtremes highs = new RollingExtremes(length), lows = new RollingExtremes(length);
        return new Step() {
            private double previousClose, sum0, sum1, sumSq, rangeSum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[0], low = bar[1], close = bar[2];
                int i = bars++, slot = i % length;
                double range = i == 0 ? high - low : TrueRangeScan.trueRange(high, low, previousClose);
                previousClose = close;
                highs.push(high);
                lows.push(low);
                double old = closes[slot];
                closes[slot] = close;
                if (i < length) {
                    sum0 += close;
                    sumSq = Math.fma(close, close, sumSq);
                    sum1 += i * close; // x runs 0..length-1, oldest first
                    rangeSum += range;
                } else {
                    double previousSum = sum0;
                    sum0 += close - old;
                    sumSq = Math.fma(close, close, sumSq - old * old);
                    sum1 = sum1 - previousSum + old + (n - 1.0) * close; // every x one less, the new one last
                    rangeSum += range - ranges[slot];
                }
                ranges[slot] = range;
                if (i < length - 1) {
                    return;
                }
                double m = sum0 * invN, var = Math.fma(-m, m, sumSq * invN);
                double atr = rangeSum * invN, atr2 = atr * atr, bb = bbSq * (var > 0 ? var : 0.0);
                out[1] = bb > lowSq * atr2 ? 0 : bb <= highSq * atr2 ? 3 : bb <= midSq * atr2 ? 2 : 1;
                double avg = 0.5 * (0.5 * (highs.max() + lows.min()) + m);
                double sy = sum0 - avg * n, sxy = sum1 - avg * sx;
                double slope = Math.fma(n, sxy, -(sx * sy)) * invDen;
                out[0] = sy * invN + slope * halfNm1;
            }
        };
    }

    private static double square(double x) {
        return x * x;
    }
}
