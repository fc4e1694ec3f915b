package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Arms' Ease of Movement: the move of the bar's midpoint per unit of volume per unit of range. */
@AutoService(Indicator.class)
public final class Emv extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("emv", "Ease of Movement", Category.VOLUME)
            .columns("high", "low", "volume").output("values", Warmup.bars(1))
            .notes("(mid - previous mid) / (volume / 10000 / (high - low)), unsmoothed. NaN where high = low (the "
                    + "midpoint still moves on) and on a bar with a NaN input (the midpoint stays).")
            .build();

    public Emv() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double previousMid = Double.NaN;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], v = bar[2];
                if (Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(v)) {
                    out[0] = Double.NaN;
                    return;
                }
                double mid = 0.5 * (h + l), range = h - l;
                out[0] = range == 0 ? Double.NaN : (mid - previousMid) / (v / 10000.0 / range);
                previousMid = mid;
            }
        };
    }
}
