package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' decycler oscillator: the decycler (the series less its two-pole high-pass at {@code hp_period})
 * high-passed again at half that period, in percent of the price, times {@code k}.
 */
@AutoService(Indicator.class)
public final class DecOsc extends StepIndicator {
    static final ParamSpec.Int HP_PERIOD = ParamSpec.period("hp_period", 125, 3, "high-pass cutoff period")
            .sweep(125, 374, 1);
    static final ParamSpec.Real K = ParamSpec.realAbove("k", 1.0, 0, Double.MAX_VALUE, "output multiplier")
            .sweep(1.0, 1.0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dec_osc", "Ehlers Decycler Oscillator",
                    Category.CYCLE)
            .source("close").params(HP_PERIOD, K).output("values", Warmup.bars(2))
            .notes("Both high-passes use the angle 2 pi 0.707 / cutoff (cutoffs hp_period and hp_period / 2) and "
                    + "start from their first two inputs, so the decycler is 0 on the first two bars and the "
                    + "output starts on the third: 100 k osc / x.")
            .build();

    public DecOsc() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double period = HP_PERIOD.of(p), scale = 100.0 * K.of(p);
        TwoPoleHighPass trend = new TwoPoleHighPass(TwoPoleHighPass.alpha(2.0 * Math.PI * 0.707 / period));
        TwoPoleHighPass osc = new TwoPoleHighPass(TwoPoleHighPass.alpha(2.0 * Math.PI * 0.707 / (0.5 * period)));
        return (bar, out) -> {
            double x = bar[0];
            out[0] = scale * osc.next(x - trend.next(x)) / x;
        };
    }
}
