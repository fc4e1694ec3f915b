package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/**
 * Ehlers' Error-Correcting EMA: each bar tries gains -limit/10 .. +limit/10 in steps of 0.1 on the error
 * term and keeps the one whose value lands closest to the price.
 */
@AutoService(Indicator.class)
public final class EhlersEcema extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("ehlers_ecema", "Ehlers Error-Correcting EMA",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("length", 20, 1, "EMA length"),
                    ParamSpec.integer("gain_limit", 50, 0, 100_000, "largest gain tried, in tenths"),
                    ParamSpec.flag("pine_compatible", false, "output from the first valid value, as Pine does"),
                    ParamSpec.flag("confirmed_only", false,
                            "only closed bars update (every bar of a stored series is closed: no effect here)")),
            List.of("values"), "first + length - 1 (Pine-compatible mode: first)",
            "Seeded with the first valid value. The default mode writes NaN for the first length - 1 bars, "
                    + "the Pine-compatible mode does not; the values are the same. A NaN after the first valid "
                    + "value makes later outputs NaN.");

    public EhlersEcema() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return p[2] != 0 ? 0 : (int) p[0] - 1;
    }

    @Override
    protected Step start(double[] p) {
        return new ErrorCorrecting((int) p[0], (int) p[1]);
    }

    /** The error-correcting recursion (also the EC half of Dickson's average). */
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
