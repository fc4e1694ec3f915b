package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** TTM Trend: whether the close is above the simple average of the source over period bars. */
@AutoService(Indicator.class)
public final class TtmTrend extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "averaging length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ttm_trend", "TTM Trend", Category.TREND)
            .source("hl2").columns("close").params(PERIOD)
            .output("values", OutputType.BOOL, Warmup.of(PERIOD).plus(-1))
            .notes("True where close > SMA(source, period). The warm-up bars are null (NaN in the kernels), "
                    + "where VectorTA writes false: no trend is known yet.")
            .build();

    public TtmTrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double[] window = new double[period];
        double scale = 1.0 / period;
        return new Step() {
            private double sum;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                int slot = bars++ % period;
                sum += bar[0] - window[slot]; // the slot holds 0 until the window is full
                window[slot] = bar[0];
                out[0] = bar[1] > sum * scale ? 1 : 0;
            }
        };
    }
}
