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

/**
 * LazyBear's Squeeze Momentum: whether the Bollinger Bands sit inside the Keltner Channels (squeeze on, -1),
 * around them (off, 1) or neither (0); the momentum, a linear regression's last value of the close's distance
 * from the mean of the Donchian midline and the close's average; and the momentum's colour.
 */
@AutoService(Indicator.class)
public final class SqueezeMomentum extends StepIndicator {
    static final ParamSpec.Int LENGTH_BB = ParamSpec.period("length_bb", 20, 1, "Bollinger Bands window")
            .sweep(20, 269, 1);
    static final ParamSpec.Real MULT_BB = ParamSpec.real("mult_bb", 2.0, 0, Double.MAX_VALUE,
            "Bollinger Bands width in standard deviations").sweep(2.0, 2.0, 0);
    static final ParamSpec.Int LENGTH_KC = ParamSpec.period("length_kc", 20, 1,
            "Keltner Channels, Donchian and regression window").sweep(20, 20, 0);
    static final ParamSpec.Real MULT_KC = ParamSpec.real("mult_kc", 1.5, 0, Double.MAX_VALUE,
            "Keltner Channels width in average true ranges").sweep(1.5, 1.5, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("squeeze_momentum", "Squeeze Momentum (LazyBear)",
                    Category.VOLATILITY)
            .columns("high", "low", "close").params(LENGTH_BB, MULT_BB, LENGTH_KC, MULT_KC)
            .output("squeeze", OutputType.INT, Warmup.max(Warmup.of(LENGTH_BB), Warmup.of(LENGTH_KC)).plus(-1))
            .output("momentum", Warmup.of(LENGTH_KC).plus(LENGTH_KC).plus(-2))
            .output("momentum_signal", OutputType.INT, Warmup.of(LENGTH_KC).plus(LENGTH_KC).plus(-1))
            .notes("Bands: the close's mean +- mult_bb population standard deviations over length_bb; channels: the "
                    + "close's mean +- mult_kc times the mean true range over length_kc (the first bar's true range "
                    + "is high - low). squeeze is -1 where the bands are strictly inside the channels, 1 strictly "
                    + "outside, else 0. momentum is the last fitted value of a length_kc linear regression of close "
                    + "- (highest high + lowest low) / 4 - mean close / 2, so it needs 2 length_kc - 1 bars, as in "
                    + "VectorTA (whose catalogue says length_kc). momentum_signal: 1 rising above 0, 2 falling or "
                    + "level above 0, -1 falling at or below 0, -2 rising or level there. Running sums, as VectorTA's.")
            .build();

    public SqueezeMomentum() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int lbb = LENGTH_BB.of(p), lkc = LENGTH_KC.of(p);
        double multBb = MULT_BB.of(p), multKc = MULT_KC.of(p), invBb = 1.0 / lbb, invKc = 1.0 / lkc, n = lkc;
        // the regression's x is 1..lkc: its sums, and the last x less their mean
        double sumX = 0.5 * n * (n + 1.0), sumX2 = n * (n + 1.0) * (2.0 * n + 1.0) / 6.0;
        double invDenom = 1.0 / (n * sumX2 - sumX * sumX), lastX = n - sumX * invKc;
        double[] closes = new double[Math.max(lbb, lkc) + 1], ranges = new double[lkc], raws = new double[lkc];
        RollingExtremes highs = new RollingExtremes(lkc), lows = new RollingExtremes(lkc);
        return new Step() {
            private double previousClose = Double.NaN, sumBb, sumSqBb, sumKc, sumRange, s0, s1;
            private double momentum = Double.NaN;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[0], low = bar[1], close = bar[2];
                int i = bars++;
                double range = Double.isNaN(previousClose) ? Math.abs(high - low) : Math.max(Math.max(
                        Math.abs(high - low), Math.abs(high - previousClose)), Math.abs(low - previousClose));
                previousClose = close;
                highs.push(high);
                lows.push(low);
                closes[i % closes.length] = close;
                if (i < lbb) {
                    sumBb += close;
                    sumSqBb = Math.fma(close, close, sumSqBb);
                } else {
                    double old = closes[(i - lbb) % closes.length];
                    sumBb += close - old;
                    sumSqBb = Math.fma(close, close, sumSqBb - old * old);
                }
                double oldRange = ranges[i % lkc];
                ranges[i % lkc] = range;
                if (i < lkc) {
                    sumKc += close;
                    sumRange += range;
                } else {
                    sumKc += close - closes[(i - lkc) % closes.length];
                    sumRange += range - oldRange;
                }
                if (i < lkc - 1) {
                    return;
                }
                double mean = sumBb * invBb, dev = Math.sqrt(Math.max(Math.fma(-mean, mean, sumSqBb * invBb), 0.0));
                double upperBb = Math.fma(multBb, dev, mean), lowerBb = mean - multBb * dev;
                double mid = sumKc * invKc, width = multKc * (sumRange * invKc);
                double upperKc = mid + width, lowerKc = mid - width;
                out[0] = lowerBb > lowerKc && upperBb < upperKc ? -1 : lowerBb < lowerKc && upperBb > upperKc ? 1 : 0;
                regress(close - 0.25 * (highs.max() + lows.min()) - 0.5 * mid, i - (lkc - 1), out);
            }

            /** The regression over the last lkc raw values, the k-th of which this is. */
            private void regress(double raw, int k, double[] out) {
                double old = raws[k % lkc];
                raws[k % lkc] = raw;
                if (k < lkc - 1) {
                    return;
                }
                if (k == lkc - 1) {
                    s0 = 0.0;
                    s1 = 0.0;
                    for (int j = 0; j < lkc; j++) {
                        s0 += raws[j];
                        s1 = Math.fma(j + 1.0, raws[j], s1);
                    }
                } else {
                    s1 = (s1 - s0) + n * raw;
                    s0 = (s0 - old) + raw;
                }
                double b = Math.fma(-sumX, s0, n * s1) * invDenom;
                double value = Math.fma(b, lastX, s0 * invKc), previous = momentum;
                momentum = value;
                out[1] = value;
                out[2] = !Double.isFinite(previous) || !Double.isFinite(value) ? Double.NaN
                        : value > 0 ? (value > previous ? 1 : 2) : (value < previous ? -1 : -2);
            }
        };
    }
}
