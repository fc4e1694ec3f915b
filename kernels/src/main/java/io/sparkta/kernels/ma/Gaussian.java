package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/** Ehlers' Gaussian filter with 1 to 4 poles: alpha from the period's cosine, the poles' binomial recursion, zero state before the first valid value. */
@AutoService(Indicator.class)
public final class Gaussian extends SeriesRecursion {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "critical period").sweep(14, 263, 1);
    private static final ParamSpec.Int POLES = ParamSpec.integer("poles", 4, 1, 4, "number of poles").sweep(4, 4, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("gaussian", "Gaussian Filter",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD, POLES).output("values", Warmup.none())
            .notes("Runs from the first valid value with zero state and writes every bar from there, as VectorTA does "
                    + "on clean input: the first period or so of values ramp up from zero. k leading NaNs only shift "
                    + "the output (VectorTA's filter does not: it differs on input with a NaN prefix). A NaN after the "
                    + "first valid value makes later outputs NaN.")
            .build()
            .deviating(Deviation.afterLeadingNaNs("values", "VectorTA's gaussian_scalar takes no first valid "
                    + "index and runs the filter from bar 0, so leading NaNs enter the recursion and every later "
                    + "output is NaN; Sparkta starts the filter at the first valid bar",
                    "k leading NaNs give k NaNs and then the output on the rest (PropertyTest); VectorTA's "
                    + "gaussian_with_kernel_into hands the whole slice to the kernel, which ignores its first"));

    public Gaussian() {
        super(SPEC);
    }

    /** VectorTA checks period valid values, though the filter outputs from the first. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
    }

    private static double binomial(int n, int k) {
        double b = 1.0;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    @Override
    protected Step start(double[] p) {
        int poles = POLES.of(p);
        double beta = (1.0 - Math.cos(2.0 * Math.PI / PERIOD.of(p))) / (Math.pow(2.0, 1.0 / poles) - 1.0);
        double alpha = -beta + Math.sqrt(beta * beta + 2.0 * beta), keep = 1.0 - alpha;
        double gain = Math.pow(alpha, poles);
        double[] c = new double[poles]; // f = gain x + c[0] f[1] + c[1] f[2] + ...
        for (int k = 1; k <= poles; k++) {
            c[k - 1] = (k % 2 == 1 ? 1.0 : -1.0) * binomial(poles, k) * Math.pow(keep, k);
        }
        return new Step() {
            private final double[] past = new double[poles]; // f[1], f[2], ...

            @Override
            public double next(double x) {
                double f = gain * x;
                for (int k = 0; k < poles; k++) {
                    f += c[k] * past[k];
                }
                System.arraycopy(past, 0, past, 1, poles - 1);
                past[0] = f;
                return f;
            }
        };
    }
}
