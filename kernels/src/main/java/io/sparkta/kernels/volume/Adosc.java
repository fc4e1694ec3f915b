package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Chaikin's A/D Oscillator: a short EMA of the accumulation/distribution line minus a long one. */
@AutoService(Indicator.class)
public final class Adosc extends TwoWindows {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 3, 1, "fast EMA length").sweep(3, 3, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 10, 1, "slow EMA length").sweep(10, 259, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("adosc", "Chaikin A/D Oscillator", Category.VOLUME)
            .columns("high", "low", "close", "volume").params(SHORT, LONG).output("values", Warmup.none())
            .notes("Both EMAs are seeded with the first value of the A/D line, so the output starts at 0 on the "
                    + "first valid bar. short_period must be below long_period, and long_period at most the "
                    + "number of valid bars.")
            .build()
            .deviating(Ad.leadingNaNs("adosc_scalar"));

    public Adosc() {
        super(SPEC, SHORT, LONG, true);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        // VectorTA asks long_period <= the data length and reads every bar as valid: here, the valid bars
        requireValid(LONG.of(p), n, first);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], volume = in[3], values = out[0];
        double fast = 2.0 / (SHORT.of(p) + 1.0), slow = 2.0 / (LONG.of(p) + 1.0);
        double keepFast = 1.0 - fast, keepSlow = 1.0 - slow;
        double ad = 0.0;
        ad += Ad.closeLocation(high[first], low[first], close[first]) * volume[first];
        double fastEma = ad, slowEma = ad; // both seeded with the first A/D value
        values[offset + first] = fastEma - slowEma;
        for (int t = first + 1; t < high.length; t++) {
            ad += Ad.closeLocation(high[t], low[t], close[t]) * volume[t];
            fastEma = fast * ad + keepFast * fastEma;
            slowEma = slow * ad + keepSlow * slowEma;
            values[offset + t] = fastEma - slowEma;
        }
    }

    @Override
    protected Step start(double[] p) {
        double fast = 2.0 / (SHORT.of(p) + 1.0), slow = 2.0 / (LONG.of(p) + 1.0);
        double keepFast = 1.0 - fast, keepSlow = 1.0 - slow;
        return new Step() {
            private double ad, fastEma, slowEma;
            private boolean seeded;

            @Override
            public void next(double[] bar, double[] out) {
                ad += Ad.closeLocation(bar[0], bar[1], bar[2]) * bar[3];
                if (seeded) {
                    fastEma = fast * ad + keepFast * fastEma;
                    slowEma = slow * ad + keepSlow * slowEma;
                } else {
                    fastEma = ad;
                    slowEma = ad;
                    seeded = true;
                }
                out[0] = fastEma - slowEma;
            }
        };
    }
}
