package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Weighted close price: (high + low + 2 close) / 4, the close counted twice. */
@AutoService(Indicator.class)
public final class Wclprice extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wclprice", "Weighted Close Price",
                    Category.OTHER)
            .columns("high", "low", "close").output("values", Warmup.none())
            .notes("Computed as close / 2 + (high + low) / 4 with one rounding for the product and sum, as "
                    + "VectorTA does.")
            .build();

    public Wclprice() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return (bar, out) -> out[0] = Math.fma(bar[2], 0.5, (bar[0] + bar[1]) * 0.25);
    }
}
