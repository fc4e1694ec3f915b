package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Polynomial Regression Bands: a least-squares polynomial through the (optionally super-smoothed) window,
 * read at the current bar, with bands ndev standard deviations of the window around it.
 */
@AutoService(Indicator.class)
public final class Prb extends StepIndicator {
    static final ParamSpec.Int SMOOTH = ParamSpec.flag("smooth_data", true, "smooth with a 2-pole super smoother");
    static final ParamSpec.Int SMOOTH_PERIOD = ParamSpec.integer("smooth_period", 10, 2, 100_000,
            "super smoother period").sweep(10, 10, 0);
    static final ParamSpec.Int PERIOD = ParamSpec.period("regression_period", 100, 1, "regression window")
            .sweep(100, 349, 1);
    static final ParamSpec.Int ORDER = ParamSpec.integer("polynomial_order", 2, 1, 8, "degree of the polynomial")
            .sweep(2, 2, 0);
    static final ParamSpec.Int OFFSET = ParamSpec.integer("regression_offset", 0, -100_000, 100_000,
            "bars back from the current one at which the polynomial is read").sweep(0, 0, 0);
    static final ParamSpec.Real NDEV = ParamSpec.real("ndev", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "standard deviations to each band");
    static final ParamSpec.Int EQU_FROM = ParamSpec.integer("equ_from", 0, 0, 100_000,
            "bars by which the regression window lags the current bar");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("prb", "Polynomial Regression Bands",
                    Category.STATISTICS)
            .source("close").params(SMOOTH, SMOOTH_PERIOD, PERIOD, ORDER, OFFSET, NDEV, EQU_FROM)
            .outputs(Warmup.of(PERIOD).plus(-1).plus(EQU_FROM), "values", "upper_band", "lower_band")
            .notes("x = 1..regression_period over the window ending equ_from bars back; the polynomial is read "
                    + "at x = regression_period - regression_offset + equ_from. Normal equations solved through "
                    + "their LU factors, fixed per parameter set; the sums of y * x^p slide in O(order^2) per bar "
                    + "by binomial expansion, rounded as VectorTA rounds them. The bands use the population "
                    + "deviation of the window from running sums. The smoother starts from the first value. A "
                    + "NaN makes the windows holding it NaN.")
            .build();

    public Prb() {
        super(SPEC);
    }

    /** Orders the window cannot determine (fewer points than coefficients) leave the normal equations singular. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        if (lu(powerSums(PERIOD.of(p), ORDER.of(p)), ORDER.of(p) + 1) == null) {
            throw new IndicatorException(id(), ErrorKind.INVALID_PARAMETER, "invalid polynomial_order = "
                    + ORDER.of(p) + " for regression_period " + PERIOD.of(p) + " (the normal equations are singular)");
        }
    }

    @Override
    protected Step start(double[] p) {
        int n = PERIOD.of(p), k = ORDER.of(p), m = k + 1, lag = EQU_FROM.of(p);
        double[][] lu = lu(powerSums(n, k), m);
        double[] l = lu[0], u = lu[1], binom = new double[m * m], nPow = new double[m];
        for (int r = 0; r <= k; r++) {
            binom[r * m] = 1.0;
            binom[r * m + r] = 1.0;
            for (int c = 1; c < r; c++) {
                binom[r * m + c] = binom[(r - 1) * m + c - 1] + binom[(r - 1) * m + c];
            }
        }
        nPow[0] = 1.0;
        for (int r = 1; r <= k; r++) {
            nPow[r] = nPow[r - 1] * n;
        }
        double at = (double) n - OFFSET.of(p) + lag, ndev = NDEV.of(p), scale = 1.0 / n;
        boolean smooth = SMOOTH.of(p) == 1;
        double period = SMOOTH_PERIOD.of(p), a = Math.exp(-Math.sqrt(2.0) * Math.PI / period);
        double c2 = 2.0 * a * Math.cos((Math.sqrt(2.0) / 2.0) * (2.0 * Math.PI / period)), c3 = -a * a;
        double c1 = 1.0 - c2 - c3;
        Window ring = new Window(n + lag); // the regression window is its oldest n values
        return new Step() {
            private final double[] sums = new double[m], previous = new double[m], solved = new double[m];
            private final double[] coefficients = new double[m];
            private double y1 = Double.NaN, y2 = Double.NaN, sum, squares;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (smooth) {
                    double p1 = Double.isNaN(y1) ? x : y1, p2 = Double.isNaN(y2) ? p1 : y2;
                    y2 = y1;
                    y1 = c1 * x + c2 * p1 + c3 * p2;
                    x = y1;
                }
                double old = ring.push(x);
                if (!ring.ready()) {
                    out[0] = out[1] = out[2] = Double.NaN;
                    return;
                }
                if (ring.fresh()) {
                    seed();
                } else {
                    slide(old, ring.get(n - 1));
                }
                for (int r = 0; r < m; r++) { // forward substitution through L
                    double acc = sums[r];
                    for (int c = 0; c < r; c++) {
                        acc -= l[r * m + c] * solved[c];
                    }
                    solved[r] = acc / l[r * m + r];
                }
                for (int r = m - 1; r >= 0; r--) { // then back through U
                    double acc = solved[r];
                    for (int c = r + 1; c < m; c++) {
                        acc -= u[r * m + c] * coefficients[c];
                    }
                    coefficients[r] = acc / u[r * m + r];
                }
                double value = 0.0;
                for (int q = m - 1; q >= 0; q--) {
                    value = Math.fma(value, at, coefficients[q]);
                }
                double mean = sum * scale, variance = squares * scale - mean * mean;
                double deviation = variance > 0.0 ? Math.sqrt(variance) : 0.0;
                out[0] = value;
                out[1] = value + ndev * deviation;
                out[2] = value - ndev * deviation;
            }

            private void seed() {
                java.util.Arrays.fill(sums, 0.0);
                sum = 0.0;
                squares = 0.0;
                for (int j = 0; j < n; j++) {
                    double y = ring.get(j), x = j + 1.0, w = x;
                    sum += y;
                    squares += y * y;
                    sums[0] += y;
                    for (int q = 1; q <= k; q++) {
                        sums[q] = Math.fma(y, w, sums[q]);
                        w *= x;
                    }
                }
            }

            /** Every x drops by one: sum of y * (x - 1)^r expands binomially over the previous sums. */
            private void slide(double leaving, double entering) {
                System.arraycopy(sums, 0, previous, 0, m);
                sums[0] = previous[0] - leaving + entering;
                sum = sum - leaving + entering;
                squares = squares - leaving * leaving + entering * entering;
                for (int r = 1; r <= k; r++) {
                    double acc = 0.0;
                    for (int c = 0; c <= r; c++) {
                        acc += (((r - c) & 1) == 1 ? -1.0 : 1.0) * binom[r * m + c] * previous[c];
                    }
                    sums[r] = acc + nPow[r] * entering;
                }
            }
        };
    }

    /** Sums of x^p for x = 1..n and p = 0..2k, the entries of the normal equations. */
    private static double[] powerSums(int n, int k) {
        double[] sx = new double[2 * k + 1];
        for (int j = 1; j <= n; j++) {
            double power = 1.0;
            sx[0] += 1.0;
            for (int q = 1; q <= 2 * k; q++) {
                power *= j;
                sx[q] += power;
            }
        }
        return sx;
    }

    /** Doolittle's factors {L, U} of the matrix [sx[i + j]], or null where a pivot is below 1e-10. */
    private static double[][] lu(double[] sx, int size) {
        double[] l = new double[size * size], u = new double[size * size];
        for (int j = 0; j < size; j++) {
            u[j] = sx[j];
        }
        if (Math.abs(u[0]) < 1e-10) {
            return null;
        }
        for (int i = 1; i < size; i++) {
            l[i * size] = sx[i] / u[0];
        }
        for (int i = 0; i < size; i++) {
            l[i * size + i] = 1.0;
        }
        for (int i = 1; i < size; i++) {
            for (int j = i; j < size; j++) {
                double acc = 0.0;
                for (int q = 0; q < i; q++) {
                    acc += l[i * size + q] * u[q * size + j];
                }
                u[i * size + j] = sx[i + j] - acc;
                if (j > i) {
                    acc = 0.0;
                    for (int q = 0; q < i; q++) {
                        acc += l[j * size + q] * u[q * size + i];
                    }
                    if (Math.abs(u[i * size + i]) < 1e-10) {
                        return null;
                    }
                    l[j * size + i] = (sx[j + i] - acc) / u[i * size + i];
                }
            }
        }
        return new double[][] {l, u};
    }
}
