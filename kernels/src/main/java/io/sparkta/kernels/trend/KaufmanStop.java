package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import java.util.List;

/** Kaufman's adaptive stop: mult times the average high-low range below the low (long) or above the high (short). */
@AutoService(Indicator.class)
public final class KaufmanStop extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 22, 1, "length of the range average")
            .sweep(22, 271, 1);
    static final ParamSpec.Real MULT = ParamSpec.real("mult", 2.0, 0.0, Double.MAX_VALUE,
            "distance in average ranges").sweep(2.0, 2.0, 0.0);
    static final ParamSpec.Choice DIRECTION = ParamSpec.choice("direction", "long", List.of("long", "short"),
            "long: below the low; short: above the high");
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "sma", MovingAverages::names,
            "average of the high-low range");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kaufmanstop", "Kaufman Adaptive Stop",
                    Category.TREND)
            .columns("high", "low").params(PERIOD, MULT, DIRECTION, MA_TYPE)
            .output("values", Warmup.custom("max(period - 1, the average's warm-up)", KaufmanStop::firstOutput))
            .notes("Any average of the ma selector over high - low, with its period; a NaN range counts as the "
                    + "average treats it (VectorTA's own sma and ema skip it).")
            .build();

    public KaufmanStop() {
        super(SPEC);
    }

    private static int firstOutput(double[] p) {
        Indicator ma = MovingAverages.get(MA_TYPE.of(p));
        return Math.max(PERIOD.of(p) - 1, ma.warmup(MovingAverages.params(ma, PERIOD.of(p))));
    }

    @Override
    protected Step start(double[] p) {
        double mult = MULT.of(p);
        boolean isLong = DIRECTION.of(p).equals("long");
        SeriesStep average = SeriesStep.movingAverage(MA_TYPE.of(p), PERIOD.of(p));
        return (bar, out) -> {
            double range = average.next(bar[0] - bar[1]);
            out[0] = isLong ? bar[1] - range * mult : bar[0] + range * mult;
        };
    }
}
