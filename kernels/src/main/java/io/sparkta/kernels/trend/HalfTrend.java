package io.sparkta.kernels.trend;

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
 * HalfTrend: a stepped line that follows the highest low of an up swing or the lowest high of a down swing, the
 * swing turning when the mean high (low) of the last {@code amplitude} bars crosses that level and the close
 * breaks the previous bar's low (high); an ATR channel around it, and the level where each turn happened.
 */
@AutoService(Indicator.class)
public final class HalfTrend extends StepIndicator {
    static final ParamSpec.Int AMPLITUDE = ParamSpec.period("amplitude", 2, 1, "bars of the swing highs and lows")
            .sweep(2, 2, 0);
    static final ParamSpec.Real DEVIATION = ParamSpec.realAbove("channel_deviation", 2.0, 0, Double.MAX_VALUE,
            "channel width in ATRs").sweep(2.0, 2.0, 0.0);
    static final ParamSpec.Int ATR_PERIOD = ParamSpec.period("atr_period", 100, 1, "ATR length")
            .sweep(100, 349, 1);
    private static final Warmup WARMUP = Warmup.max(Warmup.of(AMPLITUDE), Warmup.of(ATR_PERIOD)).plus(-1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("halftrend", "HalfTrend", Category.TREND)
            .columns("high", "low", "close").params(AMPLITUDE, DEVIATION, ATR_PERIOD)
            .output("halftrend", WARMUP).output("trend", OutputType.INT, WARMUP)
            .outputs(WARMUP, "atr_high", "atr_low", "buy_signal", "sell_signal")
            .notes("trend is 0 in an up swing, 1 in a down swing. buy_signal is the line less half an ATR on the "
                    + "bar a down swing turns up, sell_signal the line plus half an ATR where an up swing turns "
                    + "down, NaN elsewhere. The channel is the line +- channel_deviation / 2 ATRs; the ATR is "
                    + "Wilder's, seeded with the mean of its first atr_period true ranges (the first is h - l).")
            .build();

    public HalfTrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int amplitude = AMPLITUDE.of(p), atrPeriod = ATR_PERIOD.of(p), warm = WARMUP.at(p);
        double halfDeviation = DEVIATION.of(p) * 0.5, alpha = 1.0 / atrPeriod, invAmplitude = 1.0 / amplitude;
        return new Step() {
            private final double[] highs = new double[amplitude], lows = new double[amplitude];
            private final RollingExtremes highest = new RollingExtremes(amplitude);
            private final RollingExtremes lowest = new RollingExtremes(amplitude);
            private double prevHigh, prevLow, prevClose, trSum, atr, highSum, lowSum;
            private double up, down, maxLow, minHigh;
            private boolean isDown, nextDown, wasDown;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], c = bar[2];
                int k = bars++;
                double range = h - l;
                double tr = k == 0 ? range
                        : TrueRangeScan.trueRange(h, l, prevClose);
                if (k < atrPeriod) {
                    trSum += tr;
                    if (k == atrPeriod - 1) {
                        atr = trSum / atrPeriod;
                    }
                } else {
                    atr += alpha * (tr - atr);
                }
                // running sums of the last amplitude highs and lows: the oldest leaves as the newest enters
                int slot = k % amplitude;
                highSum = k < amplitude ? highSum + h : highSum - highs[slot] + h;
                lowSum = k < amplitude ? lowSum + l : lowSum - lows[slot] + l;
                highs[slot] = h;
                lows[slot] = l;
                highest.push(h);
                lowest.push(l);
                double lastHigh = k == 0 ? h : prevHigh, lastLow = k == 0 ? l : prevLow;
                prevHigh = h;
                prevLow = l;
                prevClose = c;
                if (k < warm) {
                    return;
                }
                if (k == warm) {
                    maxLow = lastLow;
                    minHigh = lastHigh;
                }
                swing(c, lastHigh, lastLow);
                double halfAtr = 0.5 * atr, channel = atr * halfDeviation, line;
                out[4] = Double.NaN;
                out[5] = Double.NaN;
                if (!isDown) {
                    if (k > warm && wasDown) { // turned up: the line starts from the last down level
                        up = down;
                        out[4] = up - halfAtr;
                    } else {
                        up = k == warm || up == 0 ? maxLow : Math.max(maxLow, up);
                    }
                    line = up;
                } else {
                    if (k > warm && !wasDown) {
                        down = up;
                        out[5] = down + halfAtr;
                    } else {
                        down = k == warm || down == 0 ? minHigh : Math.min(minHigh, down);
                    }
                    line = down;
                }
                wasDown = isDown;
                out[0] = line;
                out[1] = isDown ? 1 : 0;
                out[2] = line + channel;
                out[3] = line - channel;
            }

            /** Tracks the swing's extreme and turns the trend where the mean and the close break through it. */
            private void swing(double c, double lastHigh, double lastLow) {
                if (nextDown) {
                    maxLow = Math.max(maxLow, lowest.min());
                    if (highSum * invAmplitude < maxLow && c < lastLow) {
                        isDown = true;
                        nextDown = false;
                        minHigh = highest.max();
                    }
                } else {
                    minHigh = Math.min(minHigh, highest.max());
                    if (lowSum * invAmplitude > minHigh && c > lastHigh) {
                        isDown = false;
                        nextDown = true;
                        maxLow = lowest.min();
                    }
                }
            }
        };
    }
}
