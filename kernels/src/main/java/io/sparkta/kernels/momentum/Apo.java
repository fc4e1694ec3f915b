package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Absolute Price Oscillator: the short exponential average minus the long one. */
@AutoService(Indicator.class)
public final class Apo extends StepIndicator {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_period", 10, 1, "short EMA length").sweep(10, 10, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_period", 20, 1, "long EMA length, above short_period")
            .sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("apo", "Absolute Price Oscillator",
                    Category.MOMENTUM)
            .source("close").params(SHORT, LONG).output("values", Warmup.none())
            .notes("EMA(short) - EMA(long), both seeded with the first value, so the output starts at 0 on the "
                    + "first valid bar; long_period valid values are still required, as in VectorTA.")
            .build();

    public Apo() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requireAbove(SHORT, LONG, p);
        super.checkData(n, first, p);
        requireValid(LONG.of(p), n, first);
    }

    /** The step run from a loop over the array, where its call is not the step driver's megamorphic one. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], values = out[0];
        Emas emas = new Emas(p);
        for (int t = first; t < x.length; t++) {
            values[offset + t] = emas.next(x[t]);
        }
    }

    @Override
    protected Step start(double[] p) {
        Emas emas = new Emas(p);
        return (bar, out) -> out[0] = emas.next(bar[0]);
    }

    /** The short and long EMAs, both seeded with the first value. */
    private static final class Emas {
        private final double alphaShort, alphaLong, keepShort, keepLong;
        private double fast, slow;
        private boolean started;

        Emas(double[] p) {
            alphaShort = 2.0 / (SHORT.of(p) + 1.0);
            alphaLong = 2.0 / (LONG.of(p) + 1.0);
            keepShort = 1.0 - alphaShort;
            keepLong = 1.0 - alphaLong;
        }

        /** Takes the next price; the short EMA minus the long one. */
        double next(double x) {
            if (!started) {
                started = true;
                fast = x;
                slow = x;
            } else {
                fast = alphaShort * x + keepShort * fast;
                slow = alphaLong * x + keepLong * slow;
            }
            return fast - slow;
        }
    }
}
