package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Chaikin's Accumulation/Distribution line: the running sum of volume weighted by where the close sits in the bar. */
@AutoService(Indicator.class)
public final class Ad extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ad", "Chaikin Accumulation/Distribution line",
                    Category.VOLUME)
            .columns("high", "low", "close", "volume").output("values", Warmup.none())
            .notes("Each bar adds ((close - low) - (high - close)) / (high - low) * volume; a bar with high = low "
                    + "adds nothing. The sum starts at the first bar whose inputs are all valid.")
            .build()
            .deviating(leadingNaNs("ad_scalar"));

    public Ad() {
        super(SPEC);
    }

    /** The deviation shared by the running money-flow sums (ad, adosc): VectorTA starts them at bar 0. */
    static Deviation leadingNaNs(String kernel) {
        return Deviation.afterLeadingNaNs("values",
                "VectorTA starts the running sum at bar 0 whatever the inputs are, so one NaN bar before the "
                        + "data makes the sum, and every later output, NaN; Sparkta starts it at the first bar "
                        + "whose inputs are all valid, so k leading NaNs give k NaNs and then the output on the rest",
                "ad.rs / adosc.rs: " + kernel + " accumulates from index 0 with no first-valid search (its "
                        + "range test high - low != 0 is true for NaN)");
    }

    /** Where the close sits in the bar, from -1 (at the low) to 1 (at the high); 0 when high = low. */
    static double closeLocation(double high, double low, double close) {
        double range = high - low;
        return range != 0 ? ((close - low) - (high - close)) / range : 0;
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], volume = in[3], values = out[0];
        double sum = 0.0;
        for (int t = first; t < high.length; t++) {
            if (high[t] - low[t] != 0) {
                sum += closeLocation(high[t], low[t], close[t]) * volume[t];
            }
            values[offset + t] = sum;
        }
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double sum;

            @Override
            public void next(double[] bar, double[] out) {
                if (bar[0] - bar[1] != 0) { // a flat bar adds nothing, even with an undefined volume
                    sum += closeLocation(bar[0], bar[1], bar[2]) * bar[3];
                }
                out[0] = sum;
            }
        };
    }
}
