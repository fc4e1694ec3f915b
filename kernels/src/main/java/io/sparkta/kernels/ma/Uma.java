package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.stats.WindowDeviation;
import java.util.List;

/**
 * Ultimate Moving Average: a power-weighted average over an adaptive length, smoothed by a WMA. Each bar the
 * length (starting at max_length) grows by one when the close lies within 0.25 deviations of the mean of the
 * last length closes, shrinks by one when it lies beyond 1.75 deviations, and stays within
 * [min_length, max_length]. The weights over that length are {@code (length - i)^p}, newest first, with
 * {@code p = accelerator + |2 MFI - 100| / 25} from the money flow index over the same length (typical price
 * hlc3 and volume), so strong money flow concentrates the weight on recent bars.
 */
@AutoService(Indicator.class)
public final class Uma extends BarRecursion {
    private static final int ACCELERATOR = 0, MIN_LENGTH = 1, MAX_LENGTH = 2, SMOOTH_LENGTH = 3;

    public static final IndicatorSpec SPEC = IndicatorSpec.onColumns("uma", "Ultimate Moving Average",
            Category.MOVING_AVERAGE, List.of("close", "high", "low", "volume"),
            List.of(ParamSpec.real("accelerator", 1.0, 1.0, Double.MAX_VALUE, "smallest weighting power"),
                    ParamSpec.period("min_length", 5, 1, "shortest adaptive length"),
                    ParamSpec.period("max_length", 50, 1, "longest adaptive length (and the start)"),
                    ParamSpec.period("smooth_length", 4, 1, "WMA smoothing the result")),
            List.of("values"), "first + max_length + smooth_length - 1",
            "Not pinned to VectorTA: its only reference test accepts 1% relative (or 100 absolute) error, and "
                    + "its five figures do not determine the definition; Sparkta's (deviation bands 0.25/1.75 "
                    + "around the mean of the current length, MFI power, WMA smoothing) is within 0.75% of "
                    + "them. Takes VectorTA's candle form (close smoothed; high, low and volume for the MFI). The raw average starts once max_length + 1 bars exist (the MFI "
                    + "needs a previous typical price). A window without money flow (no volume, or no "
                    + "typical-price change) counts as MFI 50. A NaN makes the outputs whose windows reach it "
                    + "NaN, and the length holds still while its bands are NaN.");

    public Uma() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) p[MAX_LENGTH] + (int) p[SMOOTH_LENGTH] - 1;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        if (p[MIN_LENGTH] > p[MAX_LENGTH]) {
            throw new IndicatorException(SPEC.id(), ErrorKind.INVALID_PARAMETER, "invalid min_length = "
                    + (long) p[MIN_LENGTH] + " for max_length " + (long) p[MAX_LENGTH] + " (valid: 1..max_length)");
        }
        requirePeriod("max_length", (int) p[MAX_LENGTH], n);
        requireValid((int) p[MAX_LENGTH], n, first);
    }

    @Override
    protected Step start(double[] p) {
        Smoothed uma = new Smoothed(p);
        return bar -> uma.push(bar[0], bar[1], bar[2], bar[3]);
    }

    /** The adaptive average followed by its WMA, NaN until both are warm. */
    private static final class Smoothed {
        private final double accelerator;
        private final int minLength, maxLength;
        // the last max_length + 1 bars; newest is the current bar's slot
        private final double[] closes, typical, volumes;
        private final double[] logs; // ln k for the weights k^p
        private final WeightedAverage.WindowStream smoothing;
        private int newest = -1, length;
        private long seen;

        Smoothed(double[] p) {
            accelerator = p[ACCELERATOR];
            minLength = (int) p[MIN_LENGTH];
            maxLength = (int) p[MAX_LENGTH];
            length = maxLength;
            closes = new double[maxLength + 1];
            logs = new double[maxLength + 1];
            for (int k = 1; k <= maxLength; k++) {
                logs[k] = Math.log(k);
            }
            typical = new double[maxLength + 1];
            volumes = new double[maxLength + 1];
            smoothing = WeightedAverage.linearWindow((int) p[SMOOTH_LENGTH]);
        }

        double push(double close, double high, double low, double volume) {
            newest = newest == closes.length - 1 ? 0 : newest + 1;
            closes[newest] = close;
            typical[newest] = (high + low + close) / 3.0;
            volumes[newest] = volume;
            if (seen++ < maxLength) {
                return Double.NaN;
            }
            adapt(close);
            double power = accelerator + Math.abs(2.0 * moneyFlowIndex() - 100.0) / 25.0;
            double weighted = 0.0, total = 0.0;
            for (int i = 0, at = newest; i < length; i++, at = previous(at)) {
                double w = Math.exp(power * logs[length - i]); // (length - i)^power, a third of pow's cost
                weighted += closes[at] * w;
                total += w;
            }
            return smoothing.next(weighted / total);
        }

        /** Moves the length by the close's place in the deviation bands of the last length closes. */
        private void adapt(double close) {
            double mean = WindowDeviation.ringMean(closes, newest, length);
            double dev = WindowDeviation.ringDeviation(closes, newest, length, mean);
            if (close >= mean - 0.25 * dev && close <= mean + 0.25 * dev) {
                length = Math.min(length + 1, maxLength);
            } else if (close < mean - 1.75 * dev || close > mean + 1.75 * dev) {
                length = Math.max(length - 1, minLength);
            }
        }

        /** MFI over the current length from typical price and volume; 50 where no money flowed. */
        private double moneyFlowIndex() {
            double up = 0.0, down = 0.0;
            for (int i = 0, at = newest; i < length; i++) {
                int before = previous(at);
                double flow = typical[at] * volumes[at];
                if (typical[at] > typical[before]) {
                    up += flow;
                } else if (typical[at] < typical[before]) {
                    down += flow;
                }
                at = before;
            }
            double flow = up + down;
            return flow == 0.0 ? 50.0 : 100.0 * up / flow;
        }

        private int previous(int slot) {
            return slot == 0 ? closes.length - 1 : slot - 1;
        }
    }
}
