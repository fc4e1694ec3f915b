package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.stats.RollingExtremes;
import java.util.List;

/**
 * Slope Adaptive Moving Average: where the value sits in the range of the last length + 1 values sets
 * alpha between the major and minor lengths' EMA factors; ma += alpha^2 (x - ma), from the first value on.
 */
@AutoService(Indicator.class)
public final class Sama extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("sama", "Slope Adaptive Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("length", 200, 1, "range window (length + 1 values)"),
                    ParamSpec.period("maj_length", 14, 1, "slow EMA length (value mid-range)"),
                    ParamSpec.period("min_length", 6, 1, "fast EMA length (value at the range's edge)")),
            List.of("values"), "first",
            "No warm-up, as VectorTA: the range covers the values so far until length + 1 are in, and the first "
                    + "output is the first value. Needs length + 1 values from the first valid one (VectorTA counts "
                    + "them from the start of the series, leading NaNs included). A NaN after the first valid "
                    + "value makes later outputs NaN.");

    public Sama() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return 0;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod("length", (int) p[0], n - 1, n);
        requireValid((int) p[0] + 1, n, first); // so that k leading NaNs only shift the output
    }

    @Override
    protected Step start(double[] p) {
        int length = (int) p[0];
        double major = 2.0 / (p[1] + 1.0), minor = 2.0 / (p[2] + 1.0);
        RollingExtremes range = new RollingExtremes(length + 1);
        return new Step() {
            private boolean started;
            private double ma;

            @Override
            public double next(double x) {
                range.push(x);
                if (!started) {
                    started = true;
                    ma = x;
                    return ma;
                }
                double hh = range.max(), ll = range.min();
                double mult = hh != ll ? Math.abs(2.0 * x - ll - hh) / (hh - ll) : 0.0;
                double alpha = mult * (minor - major) + major;
                ma = ma + alpha * alpha * (x - ma);
                return ma;
            }
        };
    }
}
