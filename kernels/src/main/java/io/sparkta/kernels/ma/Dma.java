package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.EmaChainRows;
import java.util.List;

/**
 * Dickson Moving Average: the mean of a Hull average (on WMAs or EMAs) and an error-correcting EMA. The Hull
 * part uses half = hull_length / 2 and a final length of round(sqrt(hull_length)); the error-correcting EMA is
 * VectorTA's: seeded with the mean of the first ema_length values, trying gains 0 .. ema_gain_limit / 10.
 */
@AutoService(Indicator.class)
public final class Dma extends SeriesRecursion {
    private static final ParamSpec.Int HULL_LENGTH = ParamSpec.period("hull_length", 7, 2,
            "Hull length").sweep(7, 7, 0);
    private static final ParamSpec.Int EMA_LENGTH = ParamSpec.period("ema_length", 20, 1,
            "error-correcting EMA length").sweep(20, 269, 1);
    private static final ParamSpec.Int EMA_GAIN_LIMIT = ParamSpec.integer("ema_gain_limit", 50, 0, 100_000,
            "largest gain tried, in tenths").sweep(50, 50, 0);
    private static final ParamSpec.Choice HULL_MA_TYPE = ParamSpec.choice("hull_ma_type", "WMA",
            () -> List.of("WMA", "EMA"), "averages inside the Hull part");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dma", "Dickson Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(HULL_LENGTH, EMA_LENGTH, EMA_GAIN_LIMIT, HULL_MA_TYPE)
            // the error-correcting EMA's first value, or the Hull part's: root differences from bar hull_length - 1
            .output("values", Warmup.max(Warmup.of(EMA_LENGTH).plus(-1),
                    Warmup.of(HULL_LENGTH).plus(Warmup.custom("round(sqrt(hull_length))", Dma::root)).plus(-2)))
            .notes("As VectorTA: the output starts once both halves exist. The error-correcting EMA starts from the "
                    + "mean of the first ema_length values and each bar takes the gain among 0, 0.1, .., "
                    + "ema_gain_limit / 10 whose value lands closest to the price (Ehlers' ECEMA, ehlers_ecema, also "
                    + "tries negative gains). In EMA mode each EMA of the Hull part starts from the mean of its first "
                    + "values, the final one from the mean of the first round(sqrt(hull_length)) differences. A NaN "
                    + "after the first valid value makes later outputs NaN.")
            .build();

    public Dma() {
        super(SPEC);
    }

    private static int root(double[] p) {
        return (int) Math.round(Math.sqrt(HULL_LENGTH.of(p)));
    }

    /** VectorTA's checks: ema_length first, and max(hull_length, ema_length) + the root length of valid data. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        int hull = HULL_LENGTH.of(p), ema = EMA_LENGTH.of(p);
        requirePeriod(EMA_LENGTH.name(), ema, n);
        requirePeriod(HULL_LENGTH.name(), hull, n);
        requireValid(Math.max(hull, ema) + root(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int hull = HULL_LENGTH.of(p), half = hull / 2, root = root(p);
        Step ec = new ErrorCorrecting(EMA_LENGTH.of(p), EMA_GAIN_LIMIT.of(p));
        Step fast, slow, last;
        if (HULL_MA_TYPE.of(p).equals("WMA")) {
            fast = window(half);
            slow = window(hull);
            last = window(root);
        } else {
            fast = new EmaChainRows.Stage(half)::next;
            slow = new EmaChainRows.Stage(hull)::next;
            last = new EmaChainRows.Stage(root)::next;
        }
        return new Step() {
            private int seen;

            @Override
            public double next(double x) {
                double diff = 2.0 * fast.next(x) - slow.next(x);
                // the differences start when the full-length average does (the EMA stages give running means before)
                double h = Double.NaN;
                if (seen < hull - 1) {
                    seen++;
                } else {
                    h = last.next(diff);
                }
                return 0.5 * (h + ec.next(x));
            }
        };
    }

    /** A linearly weighted window as a step (NaN until full). */
    private static Step window(int length) {
        return WeightedAverage.linearWindow(length)::next;
    }

    /**
     * The error-correcting EMA: NaN until ema_length values, then their mean; from there the EMA steps and the
     * corrected value takes the gain (tenths from 0 to the limit) that brings it closest to the price.
     */
    private static final class ErrorCorrecting implements Step {
        private final int length, limit;
        private final double alpha, keep;
        private int seen;
        private double sum, ema, ec;

        ErrorCorrecting(int length, int limit) {
            this.length = length;
            this.limit = limit;
            this.alpha = 2.0 / (length + 1.0);
            this.keep = 1.0 - alpha;
        }

        @Override
        public double next(double x) {
            if (seen < length) {
                sum += x;
                if (++seen < length) {
                    return Double.NaN;
                }
                ema = sum / length;
                ec = ema;
                return ec;
            }
            ema = Math.fma(x, alpha, keep * ema);
            double dx = x - ec, slope = alpha * dx; // the value moves by slope per unit of gain
            double miss = x - Math.fma(ema, alpha, keep * ec); // the miss at gain 0
            double gain = slope == 0.0 ? 0.0 : nearestGain(miss, slope);
            ec = Math.fma(ema + gain * dx, alpha, keep * ec);
            return ec;
        }

        /** |miss - slope g| is least at g = miss / slope: the better of the two tenths around it, the lower on a tie. */
        private double nearestGain(double miss, double slope) {
            long lo = Math.max(0, Math.min((long) Math.floor(miss / slope * 10.0), limit));
            long hi = lo < limit ? lo + 1 : lo;
            double low = lo * 0.1, high = hi * 0.1;
            return Math.abs(miss - slope * low) <= Math.abs(miss - slope * high) ? low : high;
        }
    }
}
