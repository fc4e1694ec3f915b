package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Fair Value Gap trailing stop: the mean level of the unmitigated bullish (bearish) three-bar gaps, smoothed, is
 * the lower (upper) band; a close through the opposite band switches the side, and the stop trails the band.
 */
@AutoService(Indicator.class)
public final class FvgTrailingStop extends StepIndicator {
    static final ParamSpec.Int LOOKBACK = ParamSpec.integer("unmitigated_fvg_lookback", 5, 1, Integer.MAX_VALUE,
            "most recent unmitigated gaps kept per side");
    static final ParamSpec.Int SMOOTHING = ParamSpec.period("smoothing_length", 9, 1, "SMA length of the bands");
    static final ParamSpec.Int RESET = ParamSpec.flag("reset_on_cross", false,
            "drop the stop when the close crosses it, restart it on the next switch signal");
    private static final Warmup WARMUP = Warmup.of(SMOOTHING).plus(-1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("fvg_trailing_stop", "Fair Value Gap Trailing Stop",
                    Category.TREND)
            .columns("high", "low", "close").params(LOOKBACK, SMOOTHING, RESET)
            .outputs(WARMUP, "upper", "lower", "upper_ts", "lower_ts")
            .notes("A bullish gap is a low above the high two bars back with the middle close above it too (its "
                    + "level: that high); a close below it mitigates it (bearish mirrored). Without gaps a side "
                    + "uses the mean of the closes since it last had one (at most smoothing_length). The stop "
                    + "starts at the first switch between sides, then only tightens; outputs show on the active "
                    + "side only, and only once a stop exists.")
            .build();

    public FvgTrailingStop() {
        super(SPEC);
    }

    /** As VectorTA: two bars for the first gap and smoothing_length - 1 more after the first valid one. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(SMOOTHING.of(p) + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int lookback = LOOKBACK.of(p), w = SMOOTHING.of(p);
        boolean reset = RESET.of(p) == 1;
        double[] closes = new double[w];
        Side bull = new Side(true, lookback, w), bear = new Side(false, lookback, w);
        return new Step() {
            private double high1 = Double.NaN, low1 = Double.NaN, close1 = Double.NaN, high2 = Double.NaN,
                    low2 = Double.NaN, stop, prevStop;
            private long bars;
            private int side; // 1 long, -1 short, 0 not yet decided
            private boolean hasStop, hadStop;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[0], low = bar[1], c = bar[2];
                long i = bars++;
                if (!Double.isNaN(high2) && !Double.isNaN(low2) && !Double.isNaN(close1)) {
                    if (low > high2 && close1 > high2) {
                        bull.add(high2);
                    }
                    if (high < low2 && close1 < low2) {
                        bear.add(low2);
                    }
                }
                closes[(int) (i % w)] = c;
                double lower = bull.next(i, c, closes), upper = bear.next(i, c, closes);
                high2 = high1;
                low2 = low1;
                high1 = high;
                low1 = low;
                close1 = c;
                int prevSide = side;
                if (!Double.isNaN(upper) && c > upper) {
                    side = 1;
                } else if (!Double.isNaN(lower) && c < lower) {
                    side = -1;
                }
                if (side != prevSide && prevSide != 0) {
                    stop = side == 1 ? lower : upper;
                    hasStop = true;
                } else if (hasStop && side != 0) {
                    stop = side == 1 ? ignoringNaN(Math.max(lower, stop), lower, stop)
                            : ignoringNaN(Math.min(upper, stop), upper, stop);
                }
                if (reset && side != 0) {
                    if (hasStop) {
                        hasStop = side == 1 ? !(c < stop) : !(c > stop);
                    } else if (side == 1 ? !Double.isNaN(upper) && c > upper : !Double.isNaN(lower) && c < lower) {
                        stop = side == 1 ? lower : upper;
                        hasStop = true;
                    }
                }
                boolean show = hasStop || hadStop;
                double shown = hasStop ? stop : prevStop;
                out[0] = side == -1 && show ? upper : Double.NaN;
                out[1] = side == 1 && show ? lower : Double.NaN;
                out[2] = side == -1 && show ? shown : Double.NaN;
                out[3] = side == 1 && show ? shown : Double.NaN;
                hadStop = hasStop;
                prevStop = stop;
            }
        };
    }

    /** max/min where a NaN operand is ignored, as Rust's f64::max and f64::min do. */
    private static double ignoringNaN(double result, double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : result;
    }

    /** One side's unmitigated gaps and its smoothed band. */
    private static final class Side {
        private final boolean bull;
        private final double[] gaps, window;
        private final boolean[] missing;
        private int gapCount, filled, oldest, nanCount;
        private long lastWithGaps = -1;
        private double sum;

        Side(boolean bull, int lookback, int w) {
            this.bull = bull;
            gaps = new double[lookback];
            window = new double[w];
            missing = new boolean[w];
        }

        /** A new gap level; past lookback the oldest is dropped. */
        void add(double level) {
            if (gapCount == gaps.length) {
                System.arraycopy(gaps, 1, gaps, 0, gaps.length - 1);
                gapCount--;
            }
            gaps[gapCount++] = level;
        }

        /** Drops the gaps the close mitigated; returns the band (NaN until smoothing_length valid values). */
        double next(long i, double c, double[] closes) {
            int kept = 0;
            double acc = 0.0;
            for (int k = 0; k < gapCount; k++) {
                double v = gaps[k];
                if (bull ? c >= v : c <= v) {
                    gaps[kept++] = v;
                    acc += v;
                }
            }
            gapCount = kept;
            int w = window.length;
            double x;
            if (kept > 0) {
                x = acc / kept;
                lastWithGaps = i;
            } else {
                // no gap: the mean close over the bars since the side last had one (1 if never), at most w
                int span = lastWithGaps < 0 ? 1 : (int) Math.min(Math.max(i - lastWithGaps, 1), w);
                double s = 0.0;
                for (long j = i + 1 - span; j <= i; j++) {
                    s += closes[(int) (j % w)];
                }
                x = s / span;
            }
            boolean nan = Double.isNaN(x);
            int slot;
            if (filled < w) {
                slot = filled++;
            } else {
                slot = oldest;
                oldest = oldest + 1 == w ? 0 : oldest + 1;
                if (missing[slot]) {
                    nanCount--;
                } else {
                    sum -= window[slot];
                }
            }
            missing[slot] = nan;
            window[slot] = nan ? 0.0 : x;
            if (nan) {
                nanCount++;
            } else {
                sum += x;
            }
            return filled == w && nanCount == 0 ? sum / w : Double.NaN;
        }
    }
}
