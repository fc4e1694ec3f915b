package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;
import java.util.List;

/** Schaff Trend Cycle: a stochastic of MACD, smoothed, then a stochastic of that, smoothed again. */
@AutoService(Indicator.class)
public final class Stc extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 23, 1, "fast EMA length").sweep(23, 23, 0);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 50, 1, "slow EMA length").sweep(50, 299, 1);
    static final ParamSpec.Int K = ParamSpec.period("k_period", 10, 1, "stochastic window").sweep(10, 10, 0);
    static final ParamSpec.Int D = ParamSpec.period("d_period", 3, 1, "EMA length of each stochastic")
            .sweep(3, 3, 0);
    static final ParamSpec.Choice FAST_TYPE = ParamSpec.choice("fast_ma_type", "ema", List.of("ema"),
            "the fast average (VectorTA's classic ema path; other averages are not ported)");
    static final ParamSpec.Choice SLOW_TYPE = ParamSpec.choice("slow_ma_type", "ema", List.of("ema"),
            "the slow average (likewise)");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("stc", "Schaff Trend Cycle", Category.MOMENTUM)
            .source("close").params(FAST, SLOW, K, D, FAST_TYPE, SLOW_TYPE)
            .output("values", Warmup.max(Warmup.of(FAST), Warmup.of(SLOW), Warmup.of(K), Warmup.of(D)).plus(-1))
            .notes("EMAs seeded with the mean of their first period values; each stochastic over k_period bars is "
                    + "50 until k_period values are in or where the range is flat; each d_period EMA is a running "
                    + "mean until d_period values are in and holds over a NaN. A NaN price holds the EMAs.")
            .build();

    public Stc() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int k = K.of(p), d = D.of(p);
        Ema fast = new Ema(FAST.of(p)), slow = new Ema(SLOW.of(p));
        Stochastic first = new Stochastic(k), second = new Stochastic(k);
        MeanThenEma smoothK = new MeanThenEma(d), smoothD = new MeanThenEma(d);
        return (bar, out) -> {
            double x = bar[0];
            if (Double.isFinite(x)) {
                fast.next(x);
                slow.next(x);
            }
            double macd = slow.ready() ? fast.value - slow.value : Double.NaN;
            out[0] = smoothD.next(second.next(smoothK.next(first.next(macd))));
        };
    }

    /** An EMA seeded with the mean of its first period values, stepped as prev + alpha (x - prev). */
    private static final class Ema {
        private final int period;
        private final double alpha;
        private double sum, value = Double.NaN;
        private int count;

        Ema(int period) {
            this.period = period;
            this.alpha = 2.0 / (period + 1.0);
        }

        void next(double x) {
            if (count < period) {
                sum += x;
                if (++count == period) {
                    value = sum / period;
                }
            } else {
                value = Math.fma(x - value, alpha, value);
            }
        }

        boolean ready() {
            return count >= period;
        }
    }

    /** Where a value sits in the last k values, in percent; 50 until k valid values are in or on a flat range. */
    private static final class Stochastic {
        private final double[] ring;
        private final boolean[] valid;
        private int pos, validCount;
        private long seen;

        Stochastic(int k) {
            ring = new double[k];
            valid = new boolean[k];
            Arrays.fill(ring, Double.NaN);
        }

        double next(double x) {
            int k = ring.length;
            if (seen++ >= k && valid[pos]) {
                validCount--;
            }
            boolean ok = !Double.isNaN(x);
            valid[pos] = ok;
            if (ok) {
                validCount++;
                ring[pos] = x; // a NaN leaves the slot's older value, as VectorTA's ring does
            }
            pos = (pos + 1) % k;
            if (!ok) {
                return Double.NaN;
            }
            if (validCount < k) {
                return 50.0;
            }
            double lo = ring[0], hi = lo;
            for (int j = 1; j < k; j++) {
                lo = Math.min(lo, ring[j]);
                hi = Math.max(hi, ring[j]);
            }
            double range = hi - lo;
            return Math.abs(range) > Math.ulp(1.0) ? (x - lo) * (100.0 / range) : 50.0;
        }
    }

    /** A running mean over the first d values, then an EMA; a NaN input repeats the last value. */
    private static final class MeanThenEma {
        private final int d;
        private final double alpha;
        private double sum, ema = Double.NaN;
        private int count;

        MeanThenEma(int d) {
            this.d = d;
            this.alpha = 2.0 / (d + 1.0);
        }

        double next(double x) {
            if (Double.isNaN(x)) {
                return count == 0 ? Double.NaN : count < d ? sum / count : ema;
            }
            if (count < d) {
                sum += x;
                count++;
                return count == d ? (ema = sum / d) : sum / count;
            }
            return ema = Math.fma(x - ema, alpha, ema);
        }
    }
}
