package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * Choppiness Index: how much of the period's summed average true range the period's high-low range fails to
 * cover, on a log scale: scalar * log10(sum ATR / range) / log10(period).
 */
@AutoService(Indicator.class)
public final class Chop extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 14, 0);
    static final ParamSpec.Real SCALAR = ParamSpec.realAbove("scalar", 100.0, 0.0,
            Double.MAX_VALUE, "scale of the output").sweep(100.0, 124.9, 0.1);
    static final ParamSpec.Int DRIFT = ParamSpec.period("drift", 1, 1, "ATR smoothing length").sweep(1, 1, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("chop", "Choppiness Index", Category.TREND)
            .columns("high", "low", "close").params(PERIOD, SCALAR, DRIFT)
            .output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The ATR is Wilder's over drift bars (the first true range is high - low), seeded by the mean "
                    + "of its first drift ranges; bars before it count 0 in the period's running sum. NaN where "
                    + "the range or the sum is not positive.")
            .build();

    public Chop() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), drift = DRIFT.of(p);
        double scalar = SCALAR.of(p), alpha = 1.0 / drift, logPeriod = Math.log10(period);
        double[] atrs = new double[period];
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        return new Step() {
            private double prevClose = Double.NaN, atr, atrSum;
            private int bars, slot;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], hl = h - l;
                int rel = bars++;
                double tr = rel == 0 ? hl
                        : TrueRangeScan.trueRange(h, l, prevClose);
                prevClose = bar[2];
                if (rel < drift) {
                    atr += tr;
                    if (rel == drift - 1) {
                        atr /= drift;
                    }
                } else {
                    atr += alpha * (tr - atr);
                }
                // the running sum adds and drops values in the order VectorTA does, so it rounds alike
                atrSum -= atrs[slot];
                atrs[slot] = rel < drift - 1 ? 0.0 : atr;
                atrSum += atrs[slot];
                slot = slot + 1 == period ? 0 : slot + 1;
                highs.push(h);
                lows.push(l);
                double range = highs.max() - lows.min();
                out[0] = range > 0 && atrSum > 0
                        ? scalar * (Math.log10(atrSum) - Math.log10(range)) / logPeriod : Double.NaN;
            }
        };
    }
}
