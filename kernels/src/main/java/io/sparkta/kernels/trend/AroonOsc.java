package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Aroon oscillator: Aroon up minus Aroon down, how much more recent the highest high is than the lowest low. */
@AutoService(Indicator.class)
public final class AroonOsc extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("length", 14, 1, "look-back").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("aroonosc", "Aroon Oscillator", Category.TREND)
            .columns("high", "low").params(LENGTH).output("values", Warmup.of(LENGTH))
            .notes("(bars since the low - bars since the high) * 100 / length over a window of length + 1 bars, "
                    + "the earliest of equal extremes counting. NaN while the window holds a non-finite value.")
            .build();

    public AroonOsc() {
        super(SPEC);
    }

    /** The window on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        AroonWindow.scan(in[0], in[1], first, LENGTH.of(p), true, out, offset);
    }

    @Override
    protected Step start(double[] p) {
        AroonWindow window = new AroonWindow(LENGTH.of(p));
        return (bar, out) -> {
            window.push(bar[0], bar[1]);
            out[0] = window.oscillator();
        };
    }
}
