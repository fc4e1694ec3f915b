package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/** Midpoint: halfway between the highest and the lowest value of the last period values of one series. */
@AutoService(Indicator.class)
public final class Midpoint extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("midpoint", "Midpoint over a window",
                    Category.OTHER)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .build();

    public Midpoint() {
        super(SPEC);
    }

    /** Midprice's array kernel with the series as both high and low; a value not finite runs the step. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!Midprice.midRanges(in, first, PERIOD.of(p), out[0], offset)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
        }
    }

    @Override
    protected Step start(double[] p) {
        RollingExtremes window = new RollingExtremes(PERIOD.of(p));
        return (bar, out) -> {
            window.push(bar[0]);
            out[0] = (window.max() + window.min()) * 0.5;
        };
    }
}
