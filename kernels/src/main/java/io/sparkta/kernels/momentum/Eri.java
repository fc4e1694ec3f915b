package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;

/** Elder Ray Index: bull power (high - average) and bear power (low - average). */
@AutoService(Indicator.class)
public final class Eri extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 13, 1, "average length").sweep(13, 262, 1);
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "ema", MovingAverages::names,
            "the average of the source");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("eri", "Elder Ray Index", Category.MOMENTUM)
            .source("close").columns("high", "low").params(PERIOD, MA_TYPE)
            .outputs(Warmup.custom("period - 1 with ema or sma; else the average's warm-up, at least that",
                    Eri::averageWarmup), "bull", "bear")
            .notes("With ema (the default) the average is seeded with the mean of the first period values.")
            .build();

    public Eri() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        String type = MA_TYPE.of(p);
        SeriesStep average = type.equals("ema") ? new SeededEma(PERIOD.of(p), false, SeededEma.Nans.POISON)
                : SeriesStep.movingAverage(type, PERIOD.of(p));
        return (bar, out) -> {
            double m = average.next(bar[0]);
            out[0] = bar[1] - m;
            out[1] = bar[2] - m;
        };
    }

    private static int averageWarmup(double[] p) {
        String type = MA_TYPE.of(p);
        int period = PERIOD.of(p);
        return type.equals("ema") ? period - 1 : Math.max(period - 1, MovingAverages.warmup(type, period));
    }
}
