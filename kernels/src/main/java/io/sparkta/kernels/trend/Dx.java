package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Wilder's Directional Movement Index: the spread of +DI and -DI over their sum, in percent. */
@AutoService(Indicator.class)
public final class Dx extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dx", "Directional Movement Index",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Movement and true range are summed over the period - 1 bars after the first, then smoothed "
                    + "by x = x - x / period + new. Where +DI + -DI is 0 the seed is 0 and later bars repeat the "
                    + "previous value; a bar with a NaN repeats it too (and its successor has no movement).")
            .build();

    public Dx() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double pd = period;
        Movement move = new Movement();
        return new Step() {
            private double plus, minus, range, dx = Double.NaN;
            private int moves;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], c = bar[2];
                boolean gap = Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c);
                if (!move.next(h, l, c) || gap) {
                    out[0] = dx;
                    return;
                }
                if (++moves < period) {
                    plus += move.plus;
                    minus += move.minus;
                    range += move.range;
                    if (moves == period - 1) { // the seed divides as it is, however small the range
                        double plusDi = plus / range * 100.0, minusDi = minus / range * 100.0;
                        double sum = plusDi + minusDi;
                        dx = sum != 0 ? 100.0 * (Math.abs(plusDi - minusDi) / sum) : 0;
                    }
                } else {
                    plus = plus - plus / pd + move.plus;
                    minus = minus - minus / pd + move.minus;
                    range = range - range / pd + move.range;
                    double plusDi = range != 0 ? plus / range * 100.0 : 0;
                    double minusDi = range != 0 ? minus / range * 100.0 : 0;
                    double sum = plusDi + minusDi;
                    if (sum != 0) {
                        dx = 100.0 * (Math.abs(plusDi - minusDi) / sum);
                    }
                }
                out[0] = dx;
            }
        };
    }
}
