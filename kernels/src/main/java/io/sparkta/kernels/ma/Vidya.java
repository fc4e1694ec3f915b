package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Variable Index Dynamic Average: alpha scaled by k = stddev(short) / stddev(long) (population deviations), seeded with the value at first + long_period - 2. */
@AutoService(Indicator.class)
public final class Vidya extends SeriesRecursion {
    private static final ParamSpec.Int SHORT_PERIOD = ParamSpec.period("short_period", 2, 2,
            "short deviation window").sweep(2, 2, 0);
    private static final ParamSpec.Int LONG_PERIOD = ParamSpec.period("long_period", 5, 2,
            "long deviation window, above short_period").sweep(5, 254, 1);
    private static final ParamSpec.Real ALPHA = ParamSpec.realAbove("alpha", 0.2, 0.0, 1.0,
            "base smoothing factor").sweep(0.2, 0.2, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vidya", "Variable Index Dynamic Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(SHORT_PERIOD, LONG_PERIOD, ALPHA).output("values", Warmup.of(LONG_PERIOD).plus(-2))
            .notes("Deviations from running sums and sums of squares, as VectorTA keeps them (so its rounding on "
                    + "nearly flat windows is reproduced); k = 0 where the long deviation is 0. A NaN after the "
                    + "first valid value makes later outputs NaN.")
            .build();

    public Vidya() {
        super(SPEC);
    }

    /** VectorTA's checks: long_period above short_period, fitting the data, and long_period valid values. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireAbove(SHORT_PERIOD, LONG_PERIOD, p);
        requirePeriod(LONG_PERIOD.name(), LONG_PERIOD.of(p), n);
        requireValid(LONG_PERIOD.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int shortPeriod = SHORT_PERIOD.of(p), longPeriod = LONG_PERIOD.of(p);
        double alpha = ALPHA.of(p), shortScale = 1.0 / shortPeriod, longScale = 1.0 / longPeriod;
        return new Step() {
            private final double[] ring = new double[longPeriod];
            private int t, newest = -1; // newest: the slot of the last value (slots wrap by comparison)
            private double v = Double.NaN, longSum, longSquares, shortSum, shortSquares;

            @Override
            public double next(double x) {
                newest = newest == longPeriod - 1 ? 0 : newest + 1;
                double leaving = ring[newest]; // the value long_period bars back, once the window is full
                ring[newest] = x;
                // running sums and sums of squares, rounded as VectorTA rounds them (fused during the warm-up)
                if (t < longPeriod) {
                    longSum += x;
                    longSquares = Math.fma(x, x, longSquares);
                    if (t >= longPeriod - shortPeriod) {
                        shortSum += x;
                        shortSquares = Math.fma(x, x, shortSquares);
                    }
                } else {
                    int slot = newest - shortPeriod;
                    double leavingShort = ring[slot < 0 ? slot + longPeriod : slot], square = x * x;
                    longSum += x;
                    longSquares += square;
                    shortSum += x;
                    shortSquares += square;
                    longSum -= leaving;
                    longSquares = Math.fma(-leaving, leaving, longSquares);
                    shortSum -= leavingShort;
                    shortSquares = Math.fma(-leavingShort, leavingShort, shortSquares);
                }
                if (t++ < longPeriod - 1) {
                    v = x; // the seed is the value at first + long_period - 2
                    return t == longPeriod - 1 ? v : Double.NaN;
                }
                double k = deviation(shortSum, shortSquares, shortScale) / deviation(longSum, longSquares, longScale);
                v = Math.fma(x - v, Double.isNaN(k) ? 0.0 : k * alpha, v);
                return v;
            }
        };
    }

    /** The population deviation from a window's sum and sum of squares. */
    private static double deviation(double sum, double squares, double scale) {
        double mean = sum * scale;
        return Math.sqrt(squares * scale - mean * mean);
    }
}
