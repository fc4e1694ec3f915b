package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Bill Williams' Market Facilitation Index: the bar's range per unit of volume. */
@AutoService(Indicator.class)
public final class Marketefi extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("marketefi", "Market Facilitation Index",
                    Category.VOLUME)
            .columns("high", "low", "volume").output("values", Warmup.none())
            .notes("(high - low) / volume; NaN where the volume is 0.")
            .build();

    public Marketefi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> out[0] = bar[2] == 0 ? Double.NaN : (bar[0] - bar[1]) / bar[2];
    }
}
