package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Elder's Force Index: an EMA of the price change times the volume. */
@AutoService(Indicator.class)
public final class Efi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 13, 1, "EMA length").sweep(13, 262, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("efi", "Elder Force Index", Category.VOLUME)
            .source("close").columns("volume").params(PERIOD).output("values", Warmup.bars(1))
            .notes("Seeded with the first force (price change times volume), then an EMA with alpha = 2 / "
                    + "(period + 1). A bar whose force is undefined (a NaN price, previous price or volume) "
                    + "repeats the last value.")
            .build();

    public Efi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double alpha = 2.0 / (PERIOD.of(p) + 1.0), keep = 1.0 - alpha;
        return new Step() {
            private double previous = Double.NaN, efi = Double.NaN;

            @Override
            public void next(double[] bar, double[] out) {
                double force = (bar[0] - previous) * bar[1];
                if (!Double.isNaN(force)) {
                    efi = Double.isNaN(efi) ? force : Math.fma(alpha, force, keep * efi);
                }
                previous = bar[0];
                out[0] = efi;
            }
        };
    }
}
