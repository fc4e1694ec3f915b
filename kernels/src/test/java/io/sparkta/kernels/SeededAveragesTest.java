package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * dema, tema, tilson, zlema and ehlers_ecema at periods other than their defaults, against plain loops written
 * from VectorTA's scalar kernels (how each EMA is seeded, when outputs start). The whole-series reference
 * covers the defaults only, and these seeds depend on the period: tema and tilson start each EMA period - 1
 * bars after the one before, zlema's lag is (period - 1) / 2. Single, stream, and batch rows (a sweep wide
 * enough for full SIMD lane groups), on both kernels, within 1e-9 relative.
 */
class SeededAveragesTest {
    private static final int N = 700, NAN_PREFIX = 3;
    private static final double[] PERIODS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 21, 30};

    private static double[] series() {
        double[] x = RandomSeries.walk(N, new SplittableRandom(17));
        Arrays.fill(x, 0, NAN_PREFIX, Double.NaN);
        return x;
    }

    @Test
    void demaSeedsBothEmasWithTheFirstValue() {
        sweep("dema", new double[0], p -> dema(series(), (int) p[0]));
    }

    @Test
    void temaStartsEachEmaPeriodMinusOneBarsLater() {
        sweep("tema", new double[0], p -> tema(series(), (int) p[0]));
    }

    @Test
    void tilsonSeedsEachEmaWithTheMeanOfItsFirstPeriodInputs() {
        for (double v : new double[] {0.0, 0.7}) {
            sweep("tilson", new double[] {v}, p -> tilson(series(), (int) p[0], p[1]));
        }
    }

    @Test
    void zlemaSeedsWithTheFirstValueAndLagsFromLagBarsOn() {
        sweep("zlema", new double[0], p -> zlema(series(), (int) p[0]));
    }

    @Test
    void ecemaCorrectsFromVectorTasEmaOrFromZero() {
        for (double pine : new double[] {0, 1}) {
            for (double limit : new double[] {1, 50}) {
                sweep("ehlers_ecema", new double[] {limit, pine, 0},
                        p -> ecema(series(), (int) p[0], (int) p[1], p[2] != 0));
            }
        }
    }

    /** The indicator over PERIODS (first parameter) with the rest fixed, against the reference per row. */
    private static void sweep(String id, double[] rest, Function<double[], double[]> reference) {
        Indicator ind = Indicators.get(id);
        double[][] in = {series()};
        ParamGrid grid = ParamGrid.defaults(ind.spec()).values(ind.spec().params().get(0).name(), PERIODS);
        for (int i = 0; i < rest.length; i++) {
            grid = grid.value(ind.spec().params().get(i + 1).name(), rest[i]);
        }
        for (Vectorization k : TestVectorizations.all()) {
            BatchResult batch = ind.batch(in, grid, BatchOptions.serial(k));
            for (int r = 0; r < batch.rows(); r++) {
                double[] p = batch.combos()[r];
                String where = id + Arrays.toString(p) + " " + k;
                double[] want = reference.apply(p);
                assertClose(want, ind.compute(in, p, k)[0], where + " single");
                assertClose(want, batch.row(0, r), where + " batch");
                IndicatorStream.OfSeries stream = (IndicatorStream.OfSeries) ind.stream(p);
                assertClose(want, Arrays.stream(in[0]).map(stream::update).toArray(), where + " stream");
            }
        }
    }

    private static void assertClose(double[] want, double[] got, String where) {
        assertEquals(want.length, got.length, where);
        for (int t = 0; t < want.length; t++) {
            boolean same = Double.isNaN(want[t]) ? Double.isNaN(got[t])
                    : Math.abs(got[t] - want[t]) <= 1e-9 * Math.max(1, Math.abs(want[t]));
            if (!same) {
                fail(where + ": bar " + t + " ours " + got[t] + ", expected " + want[t]);
            }
        }
    }

    private static int first(double[] x) {
        int f = 0;
        while (Double.isNaN(x[f])) {
            f++;
        }
        return f;
    }

    private static double[] nans(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    /** Both EMAs start at x[first]; every bar after steps both; outputs from first + period - 1. */
    private static double[] dema(double[] x, int period) {
        int f = first(x);
        double a = 2.0 / (period + 1), e1 = x[f], e2 = e1;
        double[] out = nans(x.length);
        for (int t = f; t < x.length; t++) {
            if (t > f) {
                e1 = e1 * (1 - a) + x[t] * a;
                e2 = e2 * (1 - a) + e1 * a;
            }
            if (t >= f + period - 1) {
                out[t] = 2 * e1 - e2;
            }
        }
        return out;
    }

    /** EMA s starts at first + s (period - 1) from EMA s - 1's value there; outputs from first + 3 (period - 1). */
    private static double[] tema(double[] x, int period) {
        int f = first(x), lag = period - 1;
        double a = 2.0 / (period + 1);
        double[] e = new double[3], out = nans(x.length);
        for (int t = f; t < x.length; t++) {
            double in = x[t];
            for (int s = 0; s < 3; s++) {
                int start = f + s * lag;
                if (t == start) {
                    e[s] = in;
                } else if (t > start) {
                    e[s] = e[s] * (1 - a) + in * a;
                }
                in = e[s];
            }
            if (t >= f + 3 * lag) {
                out[t] = 3 * e[0] - 3 * e[1] + e[2];
            }
        }
        return out;
    }

    /**
     * EMA s starts at first + s (period - 1), its value there the mean of its first period inputs (the last
     * of them arriving period - 1 bars later, where EMA s + 1 starts); outputs from first + 6 (period - 1).
     */
    private static double[] tilson(double[] x, int period, double v) {
        int f = first(x), lag = period - 1;
        double a = 2.0 / (period + 1);
        double c1 = -v * v * v, c2 = 3 * v * v + 3 * v * v * v, c3 = -6 * v * v - 3 * v - 3 * v * v * v;
        double c4 = 1 + 3 * v + v * v * v + 3 * v * v;
        double[] e = new double[6], sum = new double[6], out = nans(x.length);
        for (int t = f; t < x.length; t++) {
            double in = x[t];
            for (int s = 0; s < 6; s++) {
                int start = f + s * lag, k = t - start;
                if (k >= 0 && k < period) {
                    sum[s] += in;
                    e[s] = sum[s] / (k + 1); // complete (and read by EMA s + 1) at k = period - 1
                } else if (k >= period) {
                    e[s] = e[s] * (1 - a) + in * a;
                }
                in = e[s];
            }
            if (t >= f + 6 * lag) {
                out[t] = c1 * e[5] + c2 * e[4] + c3 * e[3] + c4 * e[2];
            }
        }
        return out;
    }

    /** Seeded with x[first]: the EMA of x for lag - 1 bars, of 2 x[t] - x[t - lag] after; from first + period - 1. */
    private static double[] zlema(double[] x, int period) {
        int f = first(x), lag = (period - 1) / 2;
        double a = 2.0 / (period + 1), z = x[f];
        double[] out = nans(x.length);
        for (int t = f; t < x.length; t++) {
            if (t > f) {
                double y = t < f + lag ? x[t] : 2 * x[t] - x[t - lag];
                z = a * y + (1 - a) * z;
            }
            if (t >= f + period - 1) {
                out[t] = z;
            }
        }
        return out;
    }

    /**
     * Default mode: VectorTA's EMA (a running mean for the first length values), corrected from first +
     * length - 1 on, the first correction starting from the EMA there. Pine mode: an EMA from zero, corrected
     * from first on, starting from zero. Every gain k / 10 with |k| <= limit is tried; the lowest of the best.
     */
    private static double[] ecema(double[] x, int length, int limit, boolean pine) {
        int f = first(x), start = pine ? f : f + length - 1;
        double a = 2.0 / (length + 1);
        double[] ema = new double[x.length];
        double mean = 0;
        for (int t = f; t < x.length; t++) {
            int k = t - f;
            mean = pine ? a * x[t] + (1 - a) * mean : k < length ? (k * mean + x[t]) / (k + 1)
                    : (1 - a) * mean + a * x[t];
            ema[t] = mean;
        }
        double[] out = nans(x.length);
        double ec = pine ? 0 : ema[start];
        for (int t = start; t < x.length; t++) {
            double best = Double.NaN, leastError = Double.POSITIVE_INFINITY;
            for (int g = -limit; g <= limit; g++) {
                double v = a * (ema[t] + g / 10.0 * (x[t] - ec)) + (1 - a) * ec;
                if (Math.abs(x[t] - v) < leastError) {
                    leastError = Math.abs(x[t] - v);
                    best = v;
                }
            }
            out[t] = ec = best;
        }
        return out;
    }
}
