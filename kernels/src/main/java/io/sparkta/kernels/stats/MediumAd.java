package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling median absolute deviation: the median of |x - median| over the window. */
@AutoService(Indicator.class)
public final class MediumAd extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("medium_ad", "Median Absolute Deviation",
                    Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Even windows take the halfway point of the two middle values, for the median and for the "
                    + "deviation. The window is kept in order: O(log period) reads plus a block move per bar. "
                    + "A NaN makes the windows holding it NaN.")
            .build();

    public MediumAd() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        Window window = new Window(period);
        SortedWindow sorted = new SortedWindow(period);
        return (bar, out) -> {
            double x = bar[0], old = window.push(x);
            sorted.follow(window, x, old);
            out[0] = window.ready() ? sorted.medianAbsoluteDeviation() : Double.NaN;
        };
    }
}
