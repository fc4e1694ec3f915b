package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Volume Price Trend: the running sum of volume times the price's relative change. */
@AutoService(Indicator.class)
public final class Vpt extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vpt", "Volume Price Trend", Category.VOLUME)
            .source("close").columns("volume").output("values", Warmup.bars(2))
            .notes("VectorTA seeds the sum with the first defined term (the first bar whose previous price is "
                    + "finite and non-zero) but shows it only from the next bar on, as that term plus the next. "
                    + "After the seed, an undefined term (NaN, or a previous price of 0) makes the rest NaN.")
            .build();

    public Vpt() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double previous = Double.NaN, sum;
            private boolean seeded;

            @Override
            public void next(double[] bar, double[] out) {
                double price = bar[0], volume = bar[1];
                boolean defined = Double.isFinite(previous) && previous != 0 && !Double.isNaN(price)
                        && !Double.isNaN(volume);
                double term = defined ? volume * ((price - previous) / previous) : Double.NaN;
                previous = price;
                if (seeded) {
                    sum += term;
                    out[0] = sum;
                    return;
                }
                if (defined && Double.isFinite(price) && Double.isFinite(volume)) {
                    sum = term; // the seed itself is not shown
                    seeded = true;
                }
                out[0] = Double.NaN;
            }
        };
    }
}
