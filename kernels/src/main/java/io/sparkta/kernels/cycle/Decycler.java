package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' decycler: the series less its two-pole high-pass, a trend line without the short cycles. */
@AutoService(Indicator.class)
public final class Decycler extends WindowedStep {
    static final ParamSpec.Int HP_PERIOD = ParamSpec.period("hp_period", 125, 2, "high-pass cutoff period")
            .sweep(125, 374, 1);
    static final ParamSpec.Real K = ParamSpec.realAbove("k", 0.707, 0, Double.MAX_VALUE,
            "frequency factor: the angle is 2 pi k / hp_period").sweep(0.707, 0.707, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("decycler", "Ehlers Decycler", Category.CYCLE)
            .source("close").params(HP_PERIOD, K).output("values", Warmup.bars(2))
            .notes("x minus the two-pole high-pass of x (see highpass_2_pole), whose first two values are the "
                    + "inputs themselves, so the output starts on the third bar. Where the cosine of the angle is "
                    + "below 1e-10 it is taken as 1e-10 with its sign, as VectorTA does.")
            .build();

    public Decycler() {
        super(SPEC, HP_PERIOD);
    }

    @Override
    protected Step start(double[] p) {
        double angle = 2.0 * Math.PI * K.of(p) / HP_PERIOD.of(p), cos = Math.cos(angle);
        double safe = Math.abs(cos) < 1e-10 ? Math.copySign(1e-10, cos) : cos; // a vanishing cosine, bounded
        TwoPoleHighPass highPass = new TwoPoleHighPass(1.0 + (Math.sin(angle) - 1.0) / safe);
        return (bar, out) -> out[0] = bar[0] - highPass.next(bar[0]);
    }
}
