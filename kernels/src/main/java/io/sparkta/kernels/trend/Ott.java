package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;

/** Anıl Özekşi's Optimized Trend Tracker: a percent trailing stop over a moving average of the price. */
@AutoService(Indicator.class)
public final class Ott extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 2, 1, "moving average length").sweep(2, 251, 1);
    static final ParamSpec.Real PERCENT = ParamSpec.real("percent", 1.4, 0.0, Double.MAX_VALUE,
            "stop distance in percent of the average").sweep(1.4, 1.4, 0.0);
    static final ParamSpec.Choice MA_TYPE = OttLine.maType();
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ott", "Optimized Trend Tracker", Category.TREND)
            .source("close").params(PERIOD, PERCENT, MA_TYPE).output("values", OttLine.warmup(MA_TYPE, PERIOD))
            .notes("VAR starts at 0 and adapts by |CMO| of the last nine changes, so the line rises from 0 over "
                    + "the first bars as in VectorTA. Other types are Sparkta's averages of the ma selector "
                    + "(VectorTA's own TMA, WWMA and TSF variants are not reproduced).")
            .build();

    public Ott() {
        super(SPEC);
    }

    /** As VectorTA: the period must fit the data and as many values must follow the first valid one. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(PERIOD.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        SeriesStep average = OttLine.average(MA_TYPE.of(p), PERIOD.of(p));
        OttLine line = new OttLine(PERCENT.of(p));
        return (bar, out) -> out[0] = line.next(average.next(bar[0]));
    }
}
