package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;

/**
 * Ehlers' Error-Correcting EMA: each bar tries gains -limit/10 .. +limit/10 in steps of 0.1 on the error
 * term and keeps the one whose value lands closest to the price.
 */
@AutoService(Indicator.class)
public final class EhlersEcema extends SeriesRecursion {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 20, 1, "EMA length");
    private static final ParamSpec.Int GAIN_LIMIT = ParamSpec.integer("gain_limit", 50, 0, 100_000,
            "largest gain tried, in tenths");
    private static final ParamSpec.Int PINE_COMPATIBLE = ParamSpec.flag("pine_compatible", false,
            "output from the first valid value, as Pine does");
    private static final ParamSpec.Int CONFIRMED_ONLY = ParamSpec.flag("confirmed_only", false,
            "only closed bars update (every bar of a stored series is closed: no effect here)");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ehlers_ecema", "Ehlers Error-Correcting EMA",
                    Category.MOVING_AVERAGE)
            .source("close").params(LENGTH, GAIN_LIMIT, PINE_COMPATIBLE, CONFIRMED_ONLY)
            .output("values", Warmup.custom("length - 1 (Pine-compatible mode: 0)",
                    p -> PINE_COMPATIBLE.isSet(p) ? 0 : LENGTH.of(p) - 1))
            .notes("As VectorTA: the default mode corrects VectorTA's EMA (the running mean of the first length "
                    + "values, then the EMA) from first + length - 1, starting from that EMA; the Pine-compatible mode "
                    + "corrects an EMA that starts from zero, from the first valid value, starting from zero. Each bar "
                    + "keeps the gain (a multiple of 0.1) whose value lands closest to the price, the lower one on a "
                    + "tie. A NaN after the first valid value makes later outputs NaN.")
            .build();

    public EhlersEcema() {
        super(SPEC);
    }

    /** VectorTA checks length valid values in either mode. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(LENGTH, p, n, first);
    }

    @Override
    protected Step start(double[] p) {
        return new Corrected(LENGTH.of(p), GAIN_LIMIT.of(p), PINE_COMPATIBLE.isSet(p));
    }

    /** The error-correcting recursion on VectorTA's seeding of either mode. */
    private static final class Corrected implements Step {
        private final double alpha, beta;
        private final int limit, start;
        private final boolean pine;
        private final EmaChainRows.Stage ema;
        private double pineEma, ec; // both start from zero in the Pine-compatible mode
        private int seen;

        Corrected(int length, int limit, boolean pine) {
            this.alpha = 2.0 / (length + 1);
            this.beta = 1.0 - alpha;
            this.limit = limit;
            this.pine = pine;
            this.start = pine ? 0 : length - 1;
            this.ema = new EmaChainRows.Stage(length);
        }

        @Override
        public double next(double x) {
            double e;
            if (pine) {
                if (!Double.isNaN(x)) {
                    pineEma = alpha * x + beta * pineEma;
                }
                e = pineEma;
            } else {
                e = ema.next(x);
            }
            if (seen <= start) {
                if (seen++ < start) {
                    return Double.NaN;
                }
                if (!pine) {
                    ec = e; // the default mode's first correction starts from the EMA itself
                }
            }
            ec = correct(ec, x, e);
            return ec;
        }

        /**
         * The value alpha (ema + g (x - ec)) + (1 - alpha) ec closest to x over the gains g = k / 10, |k| <=
         * limit: base + k s with s = alpha (x - ec) / 10, k the integer nearest (x - base) / s, clamped.
         */
        private double correct(double prev, double x, double e) {
            double base = Math.fma(alpha, e, beta * prev);
            double s = alpha * (x - prev) * 0.1, d = x - base;
            double k;
            if (!Double.isFinite(s) || !Double.isFinite(d) || Math.abs(s) <= Double.MIN_NORMAL) {
                k = -limit; // every gain is as good (or none is): the lowest
            } else {
                double q = d / s;
                if (q <= -limit - 1.0) {
                    k = -limit;
                } else if (q >= limit + 1.0) {
                    k = limit;
                } else {
                    double f = Math.floor(q);
                    double k0 = Math.max(-limit, Math.min(limit, f)), k1 = Math.max(-limit, Math.min(limit, f + 1.0));
                    k = Math.abs(d - s * k0) <= Math.abs(d - s * k1) ? k0 : k1;
                }
            }
            return Math.fma(k, s, base);
        }
    }

    /** The error-correcting recursion seeded with the first value, as Dickson's average uses it. */
    static final class ErrorCorrecting implements Step {
        private final double alpha;
        private final int limit;
        private double ema = Double.NaN, ec;

        ErrorCorrecting(int length, int limit) {
            this.alpha = 2.0 / (length + 1);
            this.limit = limit;
        }

        @Override
        public double next(double x) {
            if (Double.isNaN(ema)) {
                ema = x;
                ec = x;
                return ec;
            }
            ema = alpha * x + (1.0 - alpha) * ema;
            double bestGain = 0.0, leastError = Double.POSITIVE_INFINITY;
            for (int g = -limit; g <= limit; g++) {
                double gain = g / 10.0;
                double error = Math.abs(x - (alpha * (ema + gain * (x - ec)) + (1.0 - alpha) * ec));
                if (error < leastError) {
                    leastError = error;
                    bestGain = gain;
                }
            }
            ec = alpha * (ema + bestGain * (x - ec)) + (1.0 - alpha) * ec;
            return ec;
        }
    }
}
