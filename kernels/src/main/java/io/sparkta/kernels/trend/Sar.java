package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Wilder's Parabolic SAR: a stop that trails the extreme point of the current trend at an accelerating pace and
 * flips to the other side of the price when the price crosses it.
 */
@AutoService(Indicator.class)
public final class Sar extends StepIndicator {
    static final ParamSpec.Real ACCELERATION = ParamSpec.realAbove("acceleration", 0.02, 0, Double.MAX_VALUE,
            "acceleration factor: its start and its step").sweep(0.02, 0.02, 0.0);
    static final ParamSpec.Real MAXIMUM = ParamSpec.realAbove("maximum", 0.2, 0, Double.MAX_VALUE,
            "largest acceleration factor").sweep(0.2, 0.449, 0.001);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sar", "Parabolic SAR", Category.TREND)
            .columns("high", "low").params(ACCELERATION, MAXIMUM).output("values", Warmup.bars(1))
            .notes("The trend starts up when the second high is above the first: the SAR starts at the first low "
                    + "(or high), the extreme point at the second high (or low). Each bar the SAR moves by "
                    + "af * (ep - sar); in an up trend it stays at or below the two previous lows (down: above the "
                    + "two previous highs); a low below it (high above it) flips the trend, the SAR going to the "
                    + "extreme point and the factor back to its start.")
            .build();

    public Sar() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double acceleration = ACCELERATION.of(p), maximum = MAXIMUM.of(p);
        return new Step() {
            private double sar, ep, af, high1, high2, low1, low2;
            private boolean up;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                int k = bars++;
                if (k == 1) {
                    up = h > high1;
                    sar = up ? low1 : high1;
                    ep = up ? h : l;
                    af = acceleration;
                } else if (k > 1) {
                    double next = Math.fma(af, ep - sar, sar);
                    if (up ? l < next : h > next) { // the price crossed the stop: the trend flips
                        up = !up;
                        next = ep;
                        ep = up ? h : l;
                        af = acceleration;
                    } else {
                        if (up ? h > ep : l < ep) {
                            ep = up ? h : l;
                            af = Math.min(af + acceleration, maximum);
                        }
                        next = up ? Math.min(Math.min(next, low1), low2) : Math.max(Math.max(next, high1), high2);
                    }
                    sar = next;
                }
                out[0] = sar;
                high2 = high1;
                high1 = h;
                low2 = low1;
                low1 = l;
            }
        };
    }
}
