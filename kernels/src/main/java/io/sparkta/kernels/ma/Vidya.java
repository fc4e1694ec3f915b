package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/** Variable Index Dynamic Average: alpha scaled by k = stddev(short) / stddev(long) (population deviations), seeded with the value at first + long_period - 2. */
@AutoService(Indicator.class)
public final class Vidya extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("vidya", "Variable Index Dynamic Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("short_period", 2, 2, "short deviation window"),
                    ParamSpec.period("long_period", 5, 2, "long deviation window, above short_period"),
                    ParamSpec.realAbove("alpha", 0.2, 0.0, 1.0, "base smoothing factor")),
            List.of("values"), "first + long_period - 2",
            "Deviations from running sums and sums of squares, as VectorTA keeps them (so its rounding on "
                    + "nearly flat windows is reproduced); k = 0 where the long deviation is 0. A NaN after the "
                    + "first valid value makes later outputs NaN.");

    public Vidya() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[1] - 2;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        if (p[1] <= p[0]) {
            throw new IndicatorException(spec().id(), ErrorKind.INVALID_PARAMETER, "invalid long_period = "
                    + (long) p[1] + " for short_period " + (long) p[0] + " (valid: above short_period)");
        }
        requirePeriod("long_period", (int) p[1], n);
        requireValid((int) p[1], n, first);
    }

    @Override
    protected Step start(double[] p) {
        int shortPeriod = (int) p[0], longPeriod = (int) p[1];
        double alpha = p[2], shortScale = 1.0 / shortPeriod, longScale = 1.0 / longPeriod;
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
