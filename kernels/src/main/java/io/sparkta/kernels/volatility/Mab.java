package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.Window;
import java.util.List;

/** Moving Average Bands: bands around the slow average, the RMS gap between the fast and slow averages wide. */
@AutoService(Indicator.class)
public final class Mab extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 10, 1, "fast average, and the RMS window")
            .sweep(10, 10, 0);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 50, 1, "slow average").sweep(50, 299, 1);
    static final ParamSpec.Real DEVUP = ParamSpec.real("devup", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "gaps above the slow average").sweep(1.0, 1.0, 0.0);
    static final ParamSpec.Real DEVDN = ParamSpec.real("devdn", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "gaps below the slow average").sweep(1.0, 1.0, 0.0);
    static final ParamSpec.Choice FAST_MA = ParamSpec.choice("fast_ma_type", "sma", List.of("sma", "ema"),
            "fast average");
    static final ParamSpec.Choice SLOW_MA = ParamSpec.choice("slow_ma_type", "sma", List.of("sma", "ema"),
            "slow average");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mab", "Moving Average Bands", Category.VOLATILITY)
            .source("close").params(FAST, SLOW, DEVUP, DEVDN, FAST_MA, SLOW_MA)
            .outputs(Warmup.max(Warmup.of(FAST), Warmup.of(SLOW)).plus(FAST).plus(-1),
                    "upperband", "middleband", "lowerband")
            .notes("The middle band is the fast average; the bands are the slow average plus devup, minus "
                    + "devdn, times sqrt(mean of (fast - slow)^2 over the last fast_period bars), so the lower "
                    + "band can sit above the middle one. The first value comes one bar after the first full "
                    + "window of fast_period gaps, at first + max(fast_period, slow_period) + fast_period - 1, "
                    + "as VectorTA writes it. The running sum of squared gaps is updated as VectorTA updates it "
                    + "(seeded one window earlier, within 1e-12 relative of its values). O(1) per bar.")
            .build();

    public Mab() {
        super(SPEC);
    }

    /** Short data is reported against the longer of the two averages, as VectorTA checks both at once. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        if (SLOW.of(p) > FAST.of(p)) {
            requirePeriod(SLOW.name(), SLOW.of(p), n);
        }
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int fast = FAST.of(p);
        double up = DEVUP.of(p), dn = DEVDN.of(p);
        SeriesStep fastMa = SeriesStep.movingAverage(FAST_MA.of(p), fast);
        SeriesStep slowMa = SeriesStep.movingAverage(SLOW_MA.of(p), SLOW.of(p));
        Window gaps = new Window(fast);
        return new Step() {
            private double squares;

            @Override
            public void next(double[] bar, double[] out) {
                double f = fastMa.next(bar[0]), s = slowMa.next(bar[0]), gap = f - s, old = gaps.push(gap);
                if (!gaps.ready()) {
                    return;
                }
                if (gaps.fresh()) {
                    squares = 0.0;
                    for (int k = 0; k < fast; k++) {
                        squares += gaps.get(k) * gaps.get(k);
                    }
                } else {
                    squares += gap * gap - old * old;
                }
                double dev = Math.sqrt(squares / fast);
                out[0] = s + up * dev;
                out[1] = f;
                out[2] = s - dn * dev;
            }
        };
    }
}
