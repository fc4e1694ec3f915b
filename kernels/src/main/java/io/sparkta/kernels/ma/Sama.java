package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/**
 * Slope Adaptive Moving Average: where the value sits in the range of the last length + 1 values sets
 * alpha between the major and minor lengths' EMA factors; ma += alpha^2 (x - ma), from the first value on.
 */
@AutoService(Indicator.class)
public final class Sama extends SeriesRecursion {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 200, 1,
            "range window (length + 1 values)").sweep(200, 449, 1);
    private static final ParamSpec.Int MAJ_LENGTH = ParamSpec.period("maj_length", 14, 1,
            "slow EMA length (value mid-range)").sweep(14, 14, 0);
    private static final ParamSpec.Int MIN_LENGTH = ParamSpec.period("min_length", 6, 1,
            "fast EMA length (value at the range's edge)").sweep(6, 6, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sama", "Slope Adaptive Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(LENGTH, MAJ_LENGTH, MIN_LENGTH).output("values", Warmup.none())
            .notes("No warm-up, as VectorTA: the range covers the values so far until length + 1 are in, and the first "
                    + "output is the first value. Needs length + 1 values from the first valid one (VectorTA counts "
                    + "them from the start of the series, leading NaNs included). A NaN after the first valid "
                    + "value makes later outputs NaN.")
            .build();

    public Sama() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        // length + 1 values, though the average outputs from the first
        requirePeriod(LENGTH.name(), LENGTH.of(p), n - 1, n);
        requireValid(LENGTH.of(p) + 1, n, first); // so that k leading NaNs only shift the output
    }

    @Override
    protected Step start(double[] p) {
        int length = LENGTH.of(p);
        double major = 2.0 / (MAJ_LENGTH.of(p) + 1.0), minor = 2.0 / (MIN_LENGTH.of(p) + 1.0);
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
