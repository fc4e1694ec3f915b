package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/**
 * Chande Kroll Stop: first stops x ATRs below the highest high and above the lowest low of q bars, then the
 * highest of the first (long) and the lowest of the second (short) over the last q bars.
 */
@AutoService(Indicator.class)
public final class Cksp extends StepIndicator {
    static final ParamSpec.Int P = ParamSpec.period("p", 10, 1, "ATR length").sweep(10, 10, 0);
    static final ParamSpec.Real X = ParamSpec.real("x", 1.0, 0.0, Double.MAX_VALUE,
            "distance in ATRs").sweep(1.0, 1.249, 0.001);
    static final ParamSpec.Int Q = ParamSpec.period("q", 9, 1, "window of the extremes and of the stops")
            .sweep(9, 9, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cksp", "Chande Kroll Stop", Category.TREND)
            .columns("high", "low", "close").params(P, X, Q)
            .outputs(Warmup.of(P).plus(Q).plus(-1), "long_values", "short_values")
            .notes("The ATR is VectorTA's atr over p bars. The stops' own window starts at first + p + q - 1, so "
                    + "the first q - 1 outputs take the best of fewer stops.")
            .build();

    public Cksp() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int q = Q.of(p), warm = P.of(p) + q - 1;
        double x = X.of(p);
        AverageTrueRange averageRange = new AverageTrueRange(P.of(p));
        RollingExtremes highs = new RollingExtremes(q), lows = new RollingExtremes(q);
        RollingExtremes longStops = new RollingExtremes(q), shortStops = new RollingExtremes(q);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double atr = averageRange.next(bar);
                highs.push(bar[0]);
                lows.push(bar[1]);
                if (bars++ < warm) {
                    return;
                }
                longStops.push(Math.fma(-x, atr, highs.max()));
                shortStops.push(Math.fma(x, atr, lows.min()));
                out[0] = longStops.max();
                out[1] = shortStops.min();
            }
        };
    }
}
