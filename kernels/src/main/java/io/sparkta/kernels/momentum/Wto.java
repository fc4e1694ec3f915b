package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** WaveTrend Oscillator (LazyBear): an EMA of the channel index, its 4-bar average and their difference. */
@AutoService(Indicator.class)
public final class Wto extends StepIndicator {
    static final ParamSpec.Int CHANNEL = ParamSpec.period("channel_length", 10, 1, "channel EMA length");
    static final ParamSpec.Int AVERAGE = ParamSpec.period("average_length", 21, 1, "EMA length of the index");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("wto", "WaveTrend Oscillator", Category.MOMENTUM)
            .source("close").params(CHANNEL, AVERAGE)
            .output("wavetrend1", Warmup.of(CHANNEL).plus(-1))
            .outputs(Warmup.of(CHANNEL).plus(2), "wavetrend2", "histogram")
            .notes("esa = EMA(channel) of the price from its first value; d = EMA(channel) of |price - esa| from "
                    + "bar channel_length - 1; ci = (price - esa) / (0.015 d), 0 where that divisor is 0; "
                    + "wavetrend1 = EMA(average) of ci started at its first value. wavetrend2 is VectorTA's 4-bar "
                    + "sum, whose ring replaces its second slot first, so its first three values keep the first "
                    + "wavetrend1 instead of dropping it. A NaN price leaves every average as it was.")
            .build();

    public Wto() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod(AVERAGE.name(), AVERAGE.of(p), n); // the longer window is the one reported
        super.checkData(n, first, p);
        requireValid(Math.max(CHANNEL.of(p), AVERAGE.of(p)) + 3, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int start = CHANNEL.of(p) - 1;
        double ae = 2.0 / (CHANNEL.of(p) + 1.0), be = 1.0 - ae, at = 2.0 / (AVERAGE.of(p) + 1.0), bt = 1.0 - at;
        double[] ring = new double[4];
        return new Step() {
            private double esa, d, tci, sum;
            private int bars, filled, pos = 1;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                boolean finite = Double.isFinite(x);
                int t = bars++;
                if (t == 0) {
                    esa = x;
                }
                if ((t > 0 || start == 0) && t <= start && finite) {
                    esa = Math.fma(be, esa, ae * x);
                }
                if (t < start) {
                    return;
                }
                double ci;
                if (t == start) {
                    d = finite ? Math.abs(x - esa) : Double.NaN;
                    double denom = 0.015 * d;
                    tci = denom != 0 && Double.isFinite(denom) ? (finite ? (x - esa) / denom : Double.NaN) : 0.0;
                } else {
                    if (finite) {
                        esa = Math.fma(be, esa, ae * x);
                        d = Math.fma(be, d, ae * Math.abs(x - esa));
                    }
                    double denom = 0.015 * d;
                    ci = !finite ? Double.NaN : denom != 0 && Double.isFinite(denom) ? (x - esa) / denom : 0.0;
                    if (Double.isFinite(ci)) {
                        tci = Math.fma(bt, tci, at * ci);
                    }
                }
                out[0] = tci;
                if (filled < 4) {
                    ring[filled++] = tci;
                    sum += tci;
                } else {
                    sum += tci - ring[pos];
                    ring[pos] = tci;
                    pos = (pos + 1) & 3;
                }
                double signal = 0.25 * sum;
                out[1] = signal;
                out[2] = tci - signal;
            }
        };
    }
}
