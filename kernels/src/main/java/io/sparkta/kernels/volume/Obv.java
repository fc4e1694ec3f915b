package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** On-Balance Volume: the running sum of volume, added on rising closes and subtracted on falling ones. */
@AutoService(Indicator.class)
public final class Obv extends StepIndicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("obv", "On-Balance Volume", Category.VOLUME)
            .columns("close", "volume").output("values", Warmup.none())
            .notes("0 on the first valid bar, as VectorTA (TA-Lib starts at that bar's volume, a constant offset). "
                    + "An unchanged or NaN close adds nothing; a NaN volume makes later values NaN.")
            .build();

    public Obv() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] close = in[0], volume = in[1], values = out[0];
        double previous = Double.NaN, obv = 0.0;
        for (int t = first; t < close.length; t++) {
            obv = Math.fma(volume[t], direction(close[t], previous), obv);
            previous = close[t];
            values[offset + t] = obv;
        }
    }

    /** 1 on a rising close, -1 on a falling one, else 0 (no previous close on the first bar). */
    private static double direction(double close, double previous) {
        return (close > previous ? 1 : 0) - (close < previous ? 1 : 0);
    }

    @Override
    protected Step start(double[] p) {
        return new Step() {
            private double previous = Double.NaN, obv;

            @Override
            public void next(double[] bar, double[] out) {
                double close = bar[0];
                obv = Math.fma(bar[1], direction(close, previous), obv);
                previous = close;
                out[0] = obv;
            }
        };
    }
}
