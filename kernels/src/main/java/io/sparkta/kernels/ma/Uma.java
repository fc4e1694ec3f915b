package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ultimate Moving Average, as VectorTA defines it: a power-weighted average over an adaptive length, smoothed by
 * a WMA. Each bar from the max_length-th on, the length (starting at max_length) grows by one when the close
 * lies within 0.25 deviations of the mean of the last max_length closes, shrinks by one when it lies beyond
 * 1.75 deviations, and stays within [min_length, max_length]. Over that length the close i bars before the
 * oldest one weighs {@code (length - i)^p}, the oldest most, with {@code p = accelerator + |2 MF - 100| / 25}
 * and MF the money flow index of the window (typical price hlc3 and volume), or Wilder's RSI of the closes
 * where the bar has no volume.
 */
@AutoService(Indicator.class)
public final class Uma extends BarRecursion {
    private static final ParamSpec.Real ACCELERATOR = ParamSpec.real("accelerator", 1.0, 1.0, Double.MAX_VALUE,
            "smallest weighting power").sweep(1.0, 1.0, 0.0);
    private static final ParamSpec.Int MIN_LENGTH = ParamSpec.period("min_length", 5, 1,
            "shortest adaptive length").sweep(5, 5, 0);
    private static final ParamSpec.Int MAX_LENGTH = ParamSpec.period("max_length", 50, 1,
            "longest adaptive length (and the start)").sweep(50, 299, 1);
    private static final ParamSpec.Int SMOOTH_LENGTH = ParamSpec.period("smooth_length", 4, 1,
            "WMA smoothing the result").sweep(4, 4, 0);

    public static final IndicatorSpec SPEC = IndicatorSpec.builder("uma", "Ultimate Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").columns("high", "low", "close", "volume")
            .params(ACCELERATOR, MIN_LENGTH, MAX_LENGTH, SMOOTH_LENGTH)
            .output("values", Warmup.of(MAX_LENGTH).plus(SMOOTH_LENGTH).plus(-2))
            .notes("VectorTA's candle form (the source smoothed, close by default; high, low, close and volume "
                    + "for the money flow). The bands are the "
                    + "mean and population deviation of the last max_length source values, kept as running sums as "
                    + "VectorTA keeps them, so that closes on a band fall on the same side. The money flow "
                    + "index of a window of length bars takes the length - 1 changes of typical price inside it "
                    + "(50 without any); on a bar without volume the power comes from Wilder's RSI of length "
                    + "over up to 2 length closes (50 while fewer than length + 1 exist). The weights favour "
                    + "the oldest close of the window, as VectorTA's do. A NaN close makes the outputs NaN "
                    + "while it is among the last max_length closes (the length holds still), and the ones "
                    + "whose smoothing window reaches them.")
            .build();

    public Uma() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        if (MIN_LENGTH.of(p) > MAX_LENGTH.of(p)) {
            throw new IndicatorException(SPEC.id(), ErrorKind.INVALID_PARAMETER, "invalid min_length = "
                    + MIN_LENGTH.of(p) + " for max_length " + MAX_LENGTH.of(p) + " (valid: 1..max_length)");
        }
        requirePeriod("max_length", MAX_LENGTH.of(p), n);
        requireValid(MAX_LENGTH.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        Smoothed uma = new Smoothed(p);
        return bar -> uma.push(bar[0], bar[1], bar[2], bar[3], bar[4]);
    }

    /** The adaptive average followed by its WMA, NaN until both are warm. */
    private static final class Smoothed {
        private final double accelerator;
        private final int minLength, maxLength;
        private final double[] closes; // the last 2 max_length closes (the RSI's longest reach)
        private final double[] typical, volumes; // the last max_length bars
        private final double[] logs; // ln k for the weights k^p
        private final WeightedAverage.WindowStream smoothing;
        private int length;
        private long seen, sinceNaN;
        // running sums over the last max_length closes: the mean's, and the deviation's own two
        private boolean summed;
        private double meanSum, sum, squares;

        Smoothed(double[] p) {
            accelerator = ACCELERATOR.of(p);
            minLength = MIN_LENGTH.of(p);
            maxLength = MAX_LENGTH.of(p);
            length = maxLength;
            closes = new double[2 * maxLength];
            typical = new double[maxLength];
            volumes = new double[maxLength];
            logs = new double[maxLength + 1];
            for (int k = 1; k <= maxLength; k++) {
                logs[k] = Math.log(k);
            }
            smoothing = WeightedAverage.linearWindow(SMOOTH_LENGTH.of(p));
        }

        /** The close {@code back} bars before the newest (0 = newest). */
        private double close(int back) {
            return closes[(int) ((seen - 1 - back) % closes.length)];
        }

        private double typical(int back) {
            return typical[(int) ((seen - 1 - back) % maxLength)];
        }

        private double volume(int back) {
            return volumes[(int) ((seen - 1 - back) % maxLength)];
        }

        /** Takes the next bar: price is the smoothed source, candleClose the close of the typical price. */
        double push(double price, double high, double low, double candleClose, double volume) {
            double leaving = seen >= maxLength ? closes[(int) ((seen - maxLength) % closes.length)] : Double.NaN;
            closes[(int) (seen % closes.length)] = price;
            typical[(int) (seen % maxLength)] = (high + low + candleClose) / 3.0;
            volumes[(int) (seen % maxLength)] = volume;
            seen++;
            sinceNaN = Double.isNaN(price) ? 0 : sinceNaN + 1;
            if (seen < maxLength) {
                return Double.NaN;
            }
            if (sinceNaN < maxLength) { // a NaN among the last max_length closes
                summed = false;
                return smoothing.next(Double.NaN);
            }
            if (!summed) {
                resum();
            } else {
                meanSum += price - leaving;
                sum += price;
                squares = Math.fma(price, price, squares);
                sum -= leaving;
                squares -= leaving * leaving;
            }
            adapt(price);
            double flow = volume == 0.0 || Double.isNaN(volume) ? rsi() : moneyFlowIndex();
            double power = accelerator + Math.abs(Math.fma(flow, 2.0, -100.0)) * 0.04;
            double weighted = 0.0, total = 0.0;
            for (int back = length - 1; back >= 0; back--) { // oldest first, weight (back + 1)^power
                double w = Math.exp(power * logs[back + 1]);
                weighted = Math.fma(close(back), w, weighted);
                total += w;
            }
            return smoothing.next(total > 0.0 ? weighted / total : price);
        }

        /** The sums of the window afresh, oldest first. */
        private void resum() {
            meanSum = 0.0;
            sum = 0.0;
            squares = 0.0;
            for (int back = maxLength - 1; back >= 0; back--) {
                double v = close(back);
                meanSum += v;
                sum += v;
                squares = Math.fma(v, v, squares);
            }
            summed = true;
        }

        /** Population deviation of the last max_length closes; directly where the sums cancel to noise. */
        private double deviation() {
            double n = maxLength, mean = sum / n, meanSquare = squares / n;
            double variance = meanSquare - mean * mean;
            if (Math.abs(variance) / Math.max(Math.abs(meanSquare), 1e-30) < 1e-10) {
                double s = 0.0;
                for (int back = maxLength - 1; back >= 0; back--) {
                    double d = close(back) - mean;
                    s = Math.fma(d, d, s);
                }
                variance = s / n;
            }
            return Math.sqrt(Math.max(variance, 0.0));
        }

        /** Moves the length by the close's place in the deviation bands of the last max_length closes. */
        private void adapt(double close) {
            double mean = meanSum * (1.0 / maxLength), dev = deviation();
            if (close >= Math.fma(-0.25, dev, mean) && close <= Math.fma(0.25, dev, mean)) {
                length = Math.min(length + 1, maxLength);
            } else if (close < Math.fma(-1.75, dev, mean) || close > Math.fma(1.75, dev, mean)) {
                length = Math.max(length - 1, minLength);
            }
        }

        /** MFI over the length - 1 typical-price changes of the window; 50 where no money flowed. */
        private double moneyFlowIndex() {
            double up = 0.0, down = 0.0;
            for (int back = length - 2; back >= 0; back--) {
                double tp = typical(back), before = typical(back + 1), flow = tp * volume(back);
                if (tp > before) {
                    up += flow;
                } else if (tp < before) {
                    down += flow;
                }
            }
            double flow = up + down;
            return flow > 0.0 ? 100.0 * up / flow : 50.0;
        }

        /**
         * Wilder's RSI of length over the last 2 length closes (fewer near the start): the mean gain and loss of
         * the first length changes, then Wilder's smoothing; 50 with fewer than length + 1 closes or a NaN.
         */
        private double rsi() {
            int count = (int) Math.min(seen, 2L * length);
            if (count < length + 1) {
                return 50.0;
            }
            double gain = 0.0, loss = 0.0;
            int back = count - 1;
            for (int j = 0; j < length; j++, back--) {
                double change = close(back - 1) - close(back);
                if (!Double.isFinite(change)) {
                    return 50.0;
                }
                if (change > 0.0) {
                    gain += change;
                } else {
                    loss -= change;
                }
            }
            gain /= length;
            loss /= length;
            for (; back > 0; back--) {
                double change = close(back - 1) - close(back);
                gain = (gain * (length - 1) + (change > 0.0 ? change : 0.0)) / length;
                loss = (loss * (length - 1) + (change < 0.0 ? -change : 0.0)) / length;
            }
            if (loss == 0.0) {
                return 100.0;
            }
            return gain + loss == 0.0 ? 50.0 : 100.0 * gain / (gain + loss);
        }
    }
}
