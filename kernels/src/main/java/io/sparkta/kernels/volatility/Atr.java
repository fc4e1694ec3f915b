package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.LinearScan;

/**
 * Average True Range, VectorTA's definition: the first bar's true range is high - low; later bars take
 * max(h - l, |h - c'|, |l - c'|). The seed is the mean of the first {@code length} true ranges, at index
 * first + length - 1 (TA-Lib starts one bar later and drops the first bar), then Wilder's smoothing
 * {@code atr = (1 - 1 / length) atr' + tr / length}, computed as a {@link LinearScan} (blocks of outputs from
 * the block's carry, the same in every API and kernel).
 */
@AutoService(Indicator.class)
public final class Atr extends Indicator {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("atr", "Average True Range", Category.VOLATILITY)
            .columns("high", "low", "close").params(LENGTH).output("values", Warmup.of(LENGTH).plus(-1))
            .notes("first is the first bar whose high, low and close are all non-NaN. A NaN bar after it makes "
                    + "every later output NaN (Wilder recursion).")
            .build();

    public Atr() {
        super(SPEC);
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /**
     * The seed, then a chunk at a time: the true ranges into scratch (a plain loop over arrays: the memories'
     * own on the heap, copies of the chunk off it), smoothed by the scan's kernel into the output.
     */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        DoubleMemory high = in[0], low = in[1], close = in[2], atrOut = out[0];
        int len = LENGTH.of(p);
        double sum = 0.0;
        for (int t = first; t < first + len; t++) {
            sum += trueRange(high.get(t), low.get(t), t == first ? Double.NaN : close.get(t - 1), t == first);
        }
        double atr = sum / len;
        atrOut.put(first + len - 1, atr);
        LinearScan.Coefficients k = coefficients(len);
        int size = LinearScan.Chunks.SIZE;
        boolean onHeap = high.array() != null && low.array() != null && close.array() != null;
        double[] highs = onHeap ? high.array() : new double[size], lows = onHeap ? low.array() : new double[size];
        double[] closes = onHeap ? close.array() : new double[size + 1];
        double[] ranges = new double[size], smoothed = atrOut.array() != null ? atrOut.array() : new double[size];
        for (int start = first + len; start < n; start += size) {
            int count = Math.min(size, n - start);
            if (!onHeap) {
                high.copyTo(start, highs, 0, count);
                low.copyTo(start, lows, 0, count);
                close.copyTo(start - 1, closes, 0, count + 1);
            }
            trueRanges(highs, onHeap ? high.arrayIndex(start) : 0, lows, onHeap ? low.arrayIndex(start) : 0,
                    closes, onHeap ? close.arrayIndex(start - 1) : 0, count, ranges);
            int at = atrOut.array() != null ? atrOut.arrayIndex(start) : 0;
            atr = LinearScan.scan(vectorization, k, atr, ranges, 0, smoothed, at, count);
            if (atrOut.array() == null) {
                atrOut.copyFrom(smoothed, start, count);
            }
        }
    }

    /** The true ranges of count bars, the close before each bar at the same position in {@code closes}. */
    private static void trueRanges(double[] highs, int highAt, double[] lows, int lowAt, double[] closes, int closeAt,
                                   int count, double[] ranges) {
        for (int i = 0; i < count; i++) {
            double h = highs[highAt + i], l = lows[lowAt + i], c = closes[closeAt + i];
            ranges[i] = Math.max(h - l, Math.max(Math.abs(h - c), Math.abs(l - c)));
        }
    }

    private static LinearScan.Coefficients coefficients(int length) {
        double alpha = 1.0 / length;
        return new LinearScan.Coefficients(1.0 - alpha, alpha);
    }

    static double trueRange(double high, double low, double prevClose, boolean firstBar) {
        double hl = high - low;
        return firstBar ? hl : Math.max(hl, Math.max(Math.abs(high - prevClose), Math.abs(low - prevClose)));
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int len = LENGTH.of(p);
        LinearScan.Coefficients k = coefficients(len);
        return new IndicatorStream() {
            private double prevClose = Double.NaN, sum, atr;
            private int seen;
            private LinearScan.Step scan;

            @Override
            protected void accept(double[] bar, double[] out) {
                double tr = trueRange(bar[0], bar[1], prevClose, seen == 0);
                prevClose = bar[2];
                if (seen < len) {
                    sum += tr;
                    if (++seen < len) {
                        out[0] = Double.NaN;
                        return;
                    }
                    atr = sum / len;
                    scan = new LinearScan.Step(k, atr);
                } else {
                    atr = scan.next(tr);
                }
                out[0] = atr;
            }
        };
    }
}
