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
import io.sparkta.kernels.vector.DoublingScan;
import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * Average True Range, VectorTA's definition: the first bar's true range is high - low; later bars take
 * max(h - l, |h - c'|, |l - c'|). The seed is the mean of the first {@code length} true ranges, at index
 * first + length - 1 (TA-Lib starts one bar later and drops the first bar), then Wilder's smoothing
 * {@code atr = (1 - 1 / length) atr' + tr / length}, computed as a {@link DoublingScan} fused with the true
 * ranges ({@link TrueRangeScan}; blocks of outputs from the block's carry, the same in every API and kernel).
 */
@AutoService(Indicator.class)
public final class Atr extends Indicator {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("atr", "Average True Range", Category.VOLATILITY)
            .columns("high", "low", "close").params(LENGTH).output("values", Warmup.of(LENGTH).plus(-1))
            .notes("first is the first bar whose high, low and close are all non-NaN. A NaN bar after it makes "
                    + "every later output NaN (Wilder recursion).")
            .build();

    /** Bars per staged chunk off the heap. */
    private static final int STAGED = 64 * DoublingScan.BLOCK;

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
     * The seed, then the fused kernel over the arrays: the memories' own on the heap, copies of a chunk at a time
     * off it (whole blocks, so that only the series' last block is partial, which the scan's step computes).
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
        DoublingScan scan = scan(len);
        double weight = 1.0 / len;
        boolean onHeap = high.array() != null && low.array() != null && close.array() != null;
        boolean outOnHeap = atrOut.array() != null;
        int size = onHeap && outOnHeap ? Math.max(1, n - first - len) : STAGED;
        double[] highs = onHeap ? high.array() : new double[size], lows = onHeap ? low.array() : new double[size];
        double[] closes = onHeap ? close.array() : new double[size + 1];
        double[] smoothed = outOnHeap ? atrOut.array() : new double[size];
        for (int start = first + len; start < n; start += size) {
            int count = Math.min(size, n - start), blocks = count / DoublingScan.BLOCK;
            if (!onHeap) {
                high.copyTo(start, highs, 0, count);
                low.copyTo(start, lows, 0, count);
                close.copyTo(start - 1, closes, 0, count + 1);
            }
            int highAt = onHeap ? high.arrayIndex(start) : 0, lowAt = onHeap ? low.arrayIndex(start) : 0;
            int closeAt = onHeap ? close.arrayIndex(start - 1) : 0, at = outOnHeap ? atrOut.arrayIndex(start) : 0;
            atr = TrueRangeScan.of(vectorization).blocks(scan, weight, atr, highs, highAt, lows, lowAt, closes,
                    closeAt, smoothed, at, blocks);
            DoublingScan.Step tail = scan.step(atr);
            for (int i = blocks * DoublingScan.BLOCK; i < count; i++) {
                smoothed[at + i] = tail.next(weight * TrueRangeScan.trueRange(highs[highAt + i], lows[lowAt + i],
                        closes[closeAt + i]));
            }
            if (!outOnHeap) {
                atrOut.copyFrom(smoothed, start, count);
            }
        }
    }

    /** Wilder's smoothing, {@code atr = (1 - 1 / length) atr' + tr / length}, on the weighted true ranges. */
    private static DoublingScan scan(int length) {
        return new DoublingScan(1.0 - 1.0 / length);
    }

    static double trueRange(double high, double low, double prevClose, boolean firstBar) {
        return firstBar ? high - low : TrueRangeScan.trueRange(high, low, prevClose);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int len = LENGTH.of(p);
        DoublingScan scan = scan(len);
        double weight = 1.0 / len;
        return new IndicatorStream() {
            private double prevClose = Double.NaN, sum, atr;
            private int seen;
            private DoublingScan.Step smoothed;

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
                    smoothed = scan.step(atr);
                } else {
                    atr = smoothed.next(weight * tr);
                }
                out[0] = atr;
            }
        };
    }
}
