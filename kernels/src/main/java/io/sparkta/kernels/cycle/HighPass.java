package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' one-pole high-pass filter: what a one-pole smoother of the cutoff period leaves of the series. */
@AutoService(Indicator.class)
public final class HighPass extends WindowedStep {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 48, 1, "cutoff period").sweep(48, 297, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("highpass", "Ehlers 1-pole High-Pass filter",
                    Category.CYCLE)
            .source("close").params(PERIOD).output("values", Warmup.none())
            .notes("alpha = 1 + (sin(2 pi / period) - 1) / cos(2 pi / period); the first output is the first "
                    + "input, then y = (1 - alpha) y' + (1 - alpha / 2)(x - x'). A NaN after the first valid value "
                    + "makes every later output NaN (recursive filter). VectorTA rejects period 4, where the cosine "
                    + "vanishes; here it gives the (meaningless) filter of that huge alpha.")
            .build();

    public HighPass() {
        super(SPEC, PERIOD);
    }

    @Override
    protected Step start(double[] p) {
        OnePoleHighPass filter = new OnePoleHighPass(PERIOD.of(p));
        return (bar, out) -> out[0] = filter.next(bar[0]);
    }
}
