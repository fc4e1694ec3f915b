package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Positive Volume Index: compounds the price's percentage change on bars whose volume rose. */
@AutoService(Indicator.class)
public final class Pvi extends StepIndicator {
    static final ParamSpec.Real INITIAL = ParamSpec.realAbove("initial_value", 1000.0, 0,
            Double.MAX_VALUE, "the index at the first valid bar").sweep(1000.0, 1249.0, 1.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("pvi", "Positive Volume Index", Category.VOLUME)
            .columns("close", "volume").params(INITIAL).output("values", Warmup.none())
            .notes("initial_value at the first valid bar. A bar with a NaN price or volume is NaN and leaves the "
                    + "index.")
            .build();

    public Pvi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return VolumeIndex.step(INITIAL.of(p), true);
    }
}
