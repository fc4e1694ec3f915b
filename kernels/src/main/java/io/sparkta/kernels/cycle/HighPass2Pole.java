package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' two-pole high-pass filter: the series less its two-pole smoothing at the cutoff period. */
@AutoService(Indicator.class)
public final class HighPass2Pole extends WindowedStep {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 48, 2, "cutoff period").sweep(48, 297, 1);
    static final ParamSpec.Real K = ParamSpec.realAbove("k", 0.707, 0, Double.MAX_VALUE,
            "frequency factor: the angle is 2 pi k / period").sweep(0.707, 0.707, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("highpass_2_pole",
                    "Ehlers 2-pole High-Pass filter", Category.CYCLE)
            .source("close").params(PERIOD, K).output("values", Warmup.none())
            .notes("alpha = 1 + (sin(a) - 1) / cos(a) with a = 2 pi k / period; y = (1 - alpha / 2)^2 (x - 2 x' + "
                    + "x'') + 2 (1 - alpha) y' - (1 - alpha)^2 y''. The first two outputs are the first two inputs. "
                    + "A NaN after the first valid value makes every later output NaN (recursive filter).")
            .build();

    public HighPass2Pole() {
        super(SPEC, PERIOD);
    }

    @Override
    protected Step start(double[] p) {
        TwoPoleHighPass filter = new TwoPoleHighPass(TwoPoleHighPass.alpha(2.0 * Math.PI * K.of(p) / PERIOD.of(p)));
        return (bar, out) -> out[0] = filter.next(bar[0]);
    }
}
