package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Wilder's directional indicators +DI and -DI: smoothed directional movement per smoothed true range, in percent. */
@AutoService(Indicator.class)
public final class Di extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("di", "Directional Indicator (+DI, -DI)",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD).outputs(Warmup.of(PERIOD).plus(-1), "plus", "minus")
            .notes("Movement and true range are summed over the period - 1 bars after the first, then smoothed "
                    + "by x = x (1 - 1/period) + new. Both are 0 where the smoothed range is 0.")
            .build();

    public Di() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double keep = 1.0 - 1.0 / period;
        Movement move = new Movement();
        return new Step() {
            private double plus, minus, range;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                if (move.next(bar[0], bar[1], bar[2])) {
                    boolean seeding = bars < period;
                    plus = seeding ? plus + move.plus : Math.fma(plus, keep, move.plus);
                    minus = seeding ? minus + move.minus : Math.fma(minus, keep, move.minus);
                    range = seeding ? range + move.range : Math.fma(range, keep, move.range);
                }
                bars++;
                double scale = range == 0 ? 0 : 100.0 / range;
                out[0] = plus * scale;
                out[1] = minus * scale;
            }
        };
    }
}
