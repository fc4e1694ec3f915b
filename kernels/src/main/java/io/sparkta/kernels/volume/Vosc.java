package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Volume Oscillator: how far the short mean of the volume is above the long mean, in percent of the long mean. */
@AutoService(Indicator.class)
public final class Vosc extends TwoWindows {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 2, 1, "short window").sweep(2, 2, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 5, 1, "long window").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vosc", "Volume Oscillator", Category.VOLUME)
            .source("volume").params(SHORT, LONG).output("values", Warmup.of(LONG).plus(-1))
            .notes("100 (short SMA - long SMA) / long SMA, with running sums (each new value added, then the "
                    + "leaving one subtracted). short_period may not exceed long_period.")
            .build();

    public Vosc() {
        super(SPEC, SHORT, LONG, false);
    }

    @Override
    protected Step start(double[] p) {
        int shortPeriod = SHORT.of(p), longPeriod = LONG.of(p);
        double shortScale = 1.0 / shortPeriod, longScale = 1.0 / longPeriod;
        return new Step() {
            private final double[] ring = new double[longPeriod];
            private double shortSum, longSum;
            private long t;

            @Override
            public void next(double[] bar, double[] out) {
                double v = bar[0];
                int slot = (int) (t % longPeriod);
                if (t < longPeriod) {
                    longSum += v;
                    if (t >= longPeriod - shortPeriod) {
                        shortSum += v;
                    }
                } else {
                    shortSum += v;
                    shortSum -= ring[(int) ((t - shortPeriod) % longPeriod)];
                    longSum += v;
                    longSum -= ring[slot];
                }
                ring[slot] = v;
                t++;
                double longMean = longSum * longScale;
                out[0] = 100.0 * (shortSum * shortScale - longMean) / longMean;
            }
        };
    }
}
