package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Aroon: how recent the highest high (up) and the lowest low (down) of the last length + 1 bars are, in percent. */
@AutoService(Indicator.class)
public final class Aroon extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("length", 14, 1, "look-back").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("aroon", "Aroon", Category.TREND)
            .columns("high", "low").params(LENGTH).outputs(Warmup.of(LENGTH), "aroon_up", "aroon_down")
            .notes("100 - 100 * (bars since the extreme) / length over a window of length + 1 bars, the earliest "
                    + "of equal extremes counting. NaN while the window holds a non-finite high or low.")
            .build();

    public Aroon() {
        super(SPEC);
    }

    /** The window on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        AroonWindow.scan(in[0], in[1], first, LENGTH.of(p), false, out, offset);
    }

    @Override
    protected Step start(double[] p) {
        AroonWindow window = new AroonWindow(LENGTH.of(p));
        return (bar, out) -> {
            window.push(bar[0], bar[1]);
            out[0] = window.up();
            out[1] = window.down();
        };
    }
}
