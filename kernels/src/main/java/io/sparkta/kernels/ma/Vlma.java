package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.stats.WindowDeviation;
import java.util.List;

/**
 * Variable Length Moving Average: an EMA whose length moves between min_period and max_period, one step per
 * bar: longer while the value stays within 0.25 deviations of the average over max_period, shorter while it
 * is beyond 1.75 deviations.
 */
@AutoService(Indicator.class)
public final class Vlma extends RecursiveAverage {
    private static final int MIN_PERIOD = 0, MAX_PERIOD = 1, MATYPE = 2, DEVTYPE = 3;

    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("vlma", "Variable Length Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("min_period", 5, 1, "shortest EMA length"),
                    ParamSpec.period("max_period", 50, 1, "longest EMA length and the bands' window"),
                    ParamSpec.choice("matype", "sma", MovingAverages::names, "average at the bands' centre"),
                    ParamSpec.integer("devtype", 0, 0, 2,
                            "0 standard deviation, 1 mean absolute deviation, 2 median absolute deviation")),
            List.of("values"), "first + max_period - 1",
            "Starts at max_period, seeded with the value at the first output. VectorTA also writes the first "
                    + "valid value itself at index first, inside the warm-up; Sparkta keeps the whole warm-up NaN. "
                    + "A NaN after the first valid value makes later outputs NaN.");

    public Vlma() {
        super(SPEC);
    }

    private static Indicator average(double[] p) {
        return MovingAverages.get(SPEC.params().get(MATYPE).format(p[MATYPE]));
    }

    @Override
    public int warmup(double[] p) {
        Indicator ma = average(p);
        int period = (int) p[MAX_PERIOD];
        return Math.max(period - 1, ma.warmup(MovingAverages.params(ma, period)));
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        if (p[MIN_PERIOD] > p[MAX_PERIOD]) {
            throw new IndicatorException(SPEC.id(), ErrorKind.INVALID_PARAMETER, "invalid min_period = "
                    + (long) p[MIN_PERIOD] + " for max_period " + (long) p[MAX_PERIOD] + " (valid: 1..max_period)");
        }
        int period = (int) p[MAX_PERIOD];
        requirePeriod("max_period", period, n);
        requireValid(warmup(p) + 1, n, first);
        Indicator ma = average(p);
        ma.validate(n, first, MovingAverages.params(ma, period));
    }

    @Override
    protected Step start(double[] p) {
        int min = (int) p[MIN_PERIOD], max = (int) p[MAX_PERIOD];
        Indicator ma = average(p);
        IndicatorStream.OfSeries mean = (IndicatorStream.OfSeries) ma.stream(MovingAverages.params(ma, max));
        WindowDeviation.Stream deviation = new WindowDeviation.Stream(max, (int) p[DEVTYPE]);
        long warm = warmup(p);
        return new Step() {
            private long t;
            private int length = max;
            private double vlma;

            @Override
            public double next(double x) {
                double m = mean.update(x), dev = deviation.push(x);
                if (t++ < warm) {
                    return Double.NaN;
                }
                double outerLow = m - 1.75 * dev, innerLow = m - 0.25 * dev;
                double innerHigh = m + 0.25 * dev, outerHigh = m + 1.75 * dev;
                if (x >= innerLow && x <= innerHigh) {
                    length++;
                } else if (x < outerLow || x > outerHigh) {
                    length--;
                }
                length = Math.max(Math.min(length, max), min);
                double sc = 2.0 / (length + 1);
                vlma = t == warm + 1 ? x : x * sc + (1.0 - sc) * vlma;
                return vlma;
            }
        };
    }
}
