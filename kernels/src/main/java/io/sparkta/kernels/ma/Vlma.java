package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.WindowDeviation;

/**
 * Variable Length Moving Average: an EMA whose length moves between min_period and max_period, one step per
 * bar: longer while the value stays within 0.25 deviations of the average over max_period, shorter while it
 * is beyond 1.75 deviations.
 */
@AutoService(Indicator.class)
public final class Vlma extends SeriesRecursion {
    private static final ParamSpec.Int MIN_PERIOD = ParamSpec.period("min_period", 5, 1,
            "shortest EMA length").sweep(5, 5, 0);
    private static final ParamSpec.Int MAX_PERIOD = ParamSpec.period("max_period", 50, 1,
            "longest EMA length and the bands' window").sweep(50, 299, 1);
    private static final ParamSpec.Choice MATYPE = ParamSpec.choice("matype", "sma", MovingAverages::names,
            "average at the bands' centre");
    private static final ParamSpec.Int DEVTYPE = WindowDeviation.devtype().sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vlma", "Variable Length Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(MIN_PERIOD, MAX_PERIOD, MATYPE, DEVTYPE)
            .output("values", Warmup.of(MAX_PERIOD).plus(-1))
            .notes("Seeded with the first valid value and run through the warm-up at length max_period, as VectorTA "
                    + "does; the length moves only while the average and the deviation are both defined. "
                    + "VectorTA also writes the seed itself at index first, alone inside its warm-up; Sparkta "
                    + "keeps the whole warm-up NaN. A NaN after the first valid value makes later outputs NaN.")
            .build()
            .deviating(new Deviation("values", 0, 1,
                    "VectorTA writes the seed (the first valid value) at index first and then NaN until "
                            + "first + max_period - 1: a lone value inside its own warm-up. Sparkta's outputs are "
                            + "a NaN prefix followed by values, so the warm-up stays NaN there",
                    "vlma.rs writes data[first] into out[first] after alloc_with_nan_prefix(first + max_period "
                            + "- 1); the reference has 2761.7 at bar 0, NaN at bars 1..48, values from bar 49"));

    public Vlma() {
        super(SPEC);
    }

    private static Indicator average(double[] p) {
        return MovingAverages.get(MATYPE.of(p));
    }

    /** min_period at most max_period, the derived checks of max_period alone, then the average's own. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        int min = MIN_PERIOD.of(p), period = MAX_PERIOD.of(p);
        if (min > period) {
            throw new IndicatorException(SPEC.id(), ErrorKind.INVALID_PARAMETER, "invalid min_period = "
                    + min + " for max_period " + period + " (valid: 1..max_period)");
        }
        requirePeriod(MAX_PERIOD.name(), period, n);
        requireValid(warmup(p) + 1, n, first);
        Indicator ma = average(p);
        ma.validate(n, first, MovingAverages.params(ma, period));
    }

    @Override
    protected Step start(double[] p) {
        int min = MIN_PERIOD.of(p), max = MAX_PERIOD.of(p);
        Indicator ma = average(p);
        IndicatorStream.OfSeries mean = (IndicatorStream.OfSeries) ma.stream(MovingAverages.params(ma, max));
        WindowDeviation.Stream deviation = new WindowDeviation.Stream(max, DEVTYPE.of(p));
        return new Step() {
            private boolean seeded;
            private int length = max;
            private double vlma;

            @Override
            public double next(double x) {
                double m = mean.update(x), dev = deviation.push(x);
                if (!seeded) {
                    seeded = true;
                    vlma = x;
                    return vlma;
                }
                // before the bands' window is full they are NaN and the length stays at max_period
                if (Double.isFinite(m) && Double.isFinite(dev)) {
                    if (x >= m - 0.25 * dev && x <= m + 0.25 * dev) {
                        length++;
                    } else if (x < m - 1.75 * dev || x > m + 1.75 * dev) {
                        length--;
                    }
                    length = Math.max(Math.min(length, max), min);
                }
                vlma = Math.fma(x - vlma, 2.0 / (length + 1), vlma);
                return vlma;
            }
        };
    }
}
