package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Blau's Directional Trend Index: the rise of the high less the fall of the low, triple-smoothed, as a percentage
 * of the same smoothing of its absolute value.
 */
@AutoService(Indicator.class)
public final class Dti extends StepIndicator {
    static final ParamSpec.Int R = ParamSpec.period("r", 14, 1, "first EMA length").sweep(14, 263, 1);
    static final ParamSpec.Int S = ParamSpec.period("s", 10, 1, "second EMA length").sweep(10, 10, 0);
    static final ParamSpec.Int U = ParamSpec.period("u", 5, 1, "third EMA length").sweep(5, 5, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dti", "Directional Trend Index", Category.TREND)
            .columns("high", "low").params(R, S, U).output("values", Warmup.bars(1))
            .notes("The three EMAs (alpha = 2 / (n + 1)) start from 0, not from a seed average, so early values "
                    + "are damped. 0 where the smoothed absolute movement is 0 or NaN.")
            .build();

    public Dti() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double[] alphas = {2.0 / (R.of(p) + 1.0), 2.0 / (S.of(p) + 1.0), 2.0 / (U.of(p) + 1.0)};
        return new Step() {
            // signed[k], absolute[k]: the k-th EMA in the chain of the net movement and of its size
            private final double[] signed = new double[3], absolute = new double[3];
            private double prevHigh, prevLow;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double rise = bar[0] - prevHigh, fall = prevLow - bar[1];
                prevHigh = bar[0];
                prevLow = bar[1];
                if (!started) {
                    started = true;
                    return;
                }
                double move = (rise > 0 ? rise : 0) - (fall > 0 ? fall : 0);
                double x = move, y = Math.abs(move);
                for (int k = 0; k < 3; k++) {
                    signed[k] = x = alphas[k] * x + (1.0 - alphas[k]) * signed[k];
                    absolute[k] = y = alphas[k] * y + (1.0 - alphas[k]) * absolute[k];
                }
                out[0] = !Double.isNaN(y) && y != 0.0 ? 100.0 * x / y : 0.0;
            }
        };
    }
}
