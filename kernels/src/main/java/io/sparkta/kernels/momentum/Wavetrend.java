package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;

/** WaveTrend: an EMA of the channel index (wt1), its simple average (wt2) and wt2 - wt1. */
@AutoService(Indicator.class)
public final class Wavetrend extends StepIndicator {
    static final ParamSpec.Int CHANNEL = ParamSpec.period("channel_length", 9, 1, "channel EMA length")
            .sweep(9, 9, 0);
    static final ParamSpec.Int AVERAGE = ParamSpec.period("average_length", 12, 1, "EMA length of the index")
            .sweep(12, 261, 1);
    static final ParamSpec.Int MA = ParamSpec.period("ma_length", 3, 1, "simple average length of wt1")
            .sweep(3, 3, 0);
    static final ParamSpec.Real FACTOR = ParamSpec.realAbove("factor", 0.015, 0.0, Double.POSITIVE_INFINITY,
            "scale of the mean deviation, above 0").sweep(0.015, 0.015, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wavetrend", "WaveTrend", Category.MOMENTUM)
            .source("hlc3").params(CHANNEL, AVERAGE, MA, FACTOR)
            .outputs(Warmup.of(CHANNEL).plus(AVERAGE).plus(MA).plus(-3), "wt1", "wt2", "wt_diff")
            .notes("esa and d are EMAs (channel_length) of the price and of |price - esa|, each started at its first "
                    + "value; ci = (price - esa) / (factor d); wt1 = EMA(average_length) of ci from its first finite "
                    + "value (NaN on a bar whose ci is not finite, the average kept); wt2 = mean of the last "
                    + "ma_length wt1 values, NaN unless all are finite. A NaN price leaves the averages as they were.")
            .build();

    public Wavetrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int ma = MA.of(p);
        WaveTrendLine line = new WaveTrendLine(CHANNEL.of(p), AVERAGE.of(p), FACTOR.of(p));
        double[] ring = new double[ma];
        Arrays.fill(ring, Double.NaN); // an empty slot, like a NaN wt1
        return new Step() {
            private double sum;
            private int head, count;

            @Override
            public void next(double[] bar, double[] out) {
                double w = line.next(bar[0]);
                if (!Double.isNaN(ring[head])) {
                    sum -= ring[head];
                    count--;
                }
                ring[head] = w;
                if (Double.isFinite(w)) {
                    sum += w;
                    count++;
                }
                head = (head + 1) % ma;
                double wt2 = count == ma ? sum / ma : Double.NaN;
                out[0] = w;
                out[1] = wt2;
                out[2] = wt2 - w;
            }
        };
    }
}
