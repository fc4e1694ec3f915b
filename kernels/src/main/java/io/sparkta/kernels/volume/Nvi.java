package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Negative Volume Index: from 1000, compounds the price's percentage change on bars whose volume fell. */
@AutoService(Indicator.class)
public final class Nvi extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("nvi", "Negative Volume Index", Category.VOLUME)
            .source("close").columns("volume").output("values", Warmup.none())
            .notes("1000 at the first valid bar. A bar with a NaN price or volume is NaN and leaves the index "
                    + "(VectorTA would carry a NaN price into every later value).")
            .build();

    public Nvi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return VolumeIndex.step(1000.0, false);
    }
}
