package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Williams' Accumulation/Distribution: the running sum of the close's distance from the true range's far end. */
@AutoService(Indicator.class)
public final class Wad extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wad", "Williams Accumulation/Distribution",
                    Category.VOLUME)
            .columns("high", "low", "close").output("values", Warmup.none())
            .notes("0 at the first valid bar. A close above the previous one adds close - min(low, previous "
                    + "close); a close below it adds close - max(high, previous close); an unchanged close adds 0.")
            .build()
            .deviating(Deviation.afterLeadingNaNs("values",
                    "VectorTA starts the sum at bar 0 whatever the inputs are: a NaN close there multiplies into "
                            + "the first term (0 x NaN) and every later output is NaN; Sparkta starts at the first "
                            + "bar whose inputs are all valid, so k leading NaNs give k NaNs and then the output "
                            + "on the rest",
                    "wad.rs: wad_scalar writes 0 at index 0 and accumulates from index 1 with no first-valid "
                            + "search, its terms weighted by the 0/1 comparisons of close and previous close"));

    public Wad() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double previous = Double.NaN, sum;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], c = bar[2];
                if (!Double.isNaN(previous)) {
                    double up = c > previous ? 1 : 0, down = c < previous ? 1 : 0;
                    // a weighted sum of both cases, fused as VectorTA fuses it
                    sum += Math.fma(up, c - Math.min(previous, l), down * (c - Math.max(previous, h)));
                }
                out[0] = sum;
                previous = c;
            }
        };
    }
}
