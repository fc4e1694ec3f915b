package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Mean absolute deviation as VectorTA defines it: the rolling mean of |x - rolling mean of x|. */
@AutoService(Indicator.class)
public final class MeanAd extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mean_ad", "Mean Absolute Deviation",
                    Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(PERIOD).plus(-2))
            .notes("Each bar's residual |x - SMA(x)| is taken against the mean of the window ending at that bar, "
                    + "and the output averages the last period residuals (not the deviations of one window "
                    + "around its own mean), so the first value comes at first + 2*period - 2. Both sums run as "
                    + "VectorTA keeps them; O(1) per bar.")
            .build();

    public MeanAd() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double scale = 1.0 / period;
        Window values = new Window(period), residuals = new Window(period);
        return new Step() {
            private double sum, residualSum;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], old = values.push(x);
                sum = values.fresh() ? values.sum() : sum + (x - old);
                double r = values.ready() ? Math.abs(x - sum * scale) : Double.NaN, oldR = residuals.push(r);
                if (!residuals.ready()) {
                    out[0] = Double.NaN;
                    return;
                }
                residualSum = residuals.fresh() ? residuals.sum() : residualSum + (r - oldR);
                out[0] = residualSum * scale;
            }
        };
    }
}
