package io.sparkta.kernels.pattern;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The newest candles of one series as a candle pattern reads them ({@code ago} 0 is the current bar), with
 * TA-Lib's running sums behind each {@link CandleSetting}. TA-Lib keeps one sum per setting and per candle of
 * the pattern: seeded over the {@code period} candles before that candle's first evaluated position, then
 * moved one candle per bar (the new measure minus the dropped one, added at once); these sums are kept the
 * same way, for every candle position, so the averages agree with TA-Lib's to the last bit. Settings with the
 * same measure and period have equal sums, so they share one.
 */
public final class Bars {
    /** One setting of each distinct measure and period that has sums. */
    private static final CandleSetting[] SUMMED = {CandleSetting.BODY_LONG, CandleSetting.BODY_DOJI,
        CandleSetting.SHADOW_SHORT, CandleSetting.NEAR};
    /** The index in {@link #SUMMED} of each setting's sums. */
    private static final int[] SUMS_OF = new int[CandleSetting.values().length];

    static {
        for (CandleSetting s : CandleSetting.values()) {
            SUMS_OF[s.ordinal()] = -1;
            for (int k = 0; k < SUMMED.length; k++) {
                if (s.period != 0 && s.measure == SUMMED[k].measure && s.period == SUMMED[k].period) {
                    SUMS_OF[s.ordinal()] = k;
                }
            }
            if (s.period != 0 && SUMS_OF[s.ordinal()] < 0) {
                throw new IllegalStateException(s + " has no running sums");
            }
        }
    }

    private final int from;
    /** Slots of the ring (a power of two), 0 over whole input arrays. */
    private final int ringSize;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    /** For each {@link #SUMMED} entry the pattern reads: its measure, period and sums by candle position. */
    private final CandleSetting.Measure[] keptMeasure;
    private final int[] keptPeriod;
    private final double[][] keptSums;
    /**
     * The last moves of each kept measure (new minus dropped), by bar in a ring: the sum of a candle {@code k}
     * bars back takes the move computed {@code k} bars ago, the same difference, so each is computed once.
     */
    private final double[][] keptMoves;
    /** The sums behind each setting by ordinal, null for the settings without sums or not read. */
    private final double[][] sumsOf = new double[CandleSetting.values().length][];
    private final double penetration;
    private long index = -1;
    /** The current bar's position in the arrays: candle {@code ago} is at {@code cursor - ago}. */
    private int cursor;
    private long setupAt;
    private int setupCode;

    /**
     * A window whose pattern is first evaluated on bar {@code from}, reaching {@code depth} bars back, keeping
     * the sums of the {@code used} settings: {@link #push} copies each bar into a ring of slots, written twice
     * (at the slot and one ring further) so that the last {@code ringSize} bars always lie before the cursor
     * in order, and the accessors need no wrapping.
     */
    static Bars ring(int from, int depth, double penetration, CandleSetting[] used) {
        int size = Integer.highestOneBit(depth + 1) * 2; // a power of two above depth + 1: slots by masking
        return new Bars(from, penetration, used, size, size - 1, new double[2 * size], new double[2 * size],
                new double[2 * size], new double[2 * size]);
    }

    private Bars(int from, double penetration, CandleSetting[] used, int ringSize, int cursor, double[] open,
                 double[] high, double[] low, double[] close) {
        this.from = from;
        this.ringSize = ringSize;
        this.cursor = cursor;
        this.penetration = penetration;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        int[] kept = IntStream.range(0, SUMMED.length).filter(k -> Arrays.stream(used)
                .anyMatch(s -> s.period != 0 && SUMS_OF[s.ordinal()] == k)).toArray();
        keptMeasure = new CandleSetting.Measure[kept.length];
        keptPeriod = new int[kept.length];
        keptSums = new double[kept.length][];
        keptMoves = new double[kept.length][];
        for (int j = 0; j < kept.length; j++) {
            CandleSetting summed = SUMMED[kept[j]];
            keptMeasure[j] = summed.measure;
            keptPeriod[j] = summed.period;
            keptSums[j] = new double[Math.max(0, from - summed.period + 1)];
            keptMoves[j] = new double[Integer.highestOneBit(Math.max(1, keptSums[j].length)) * 2];
            for (CandleSetting s : used) {
                if (s.period != 0 && SUMS_OF[s.ordinal()] == kept[j]) {
                    sumsOf[s.ordinal()] = keptSums[j];
                }
            }
        }
    }

    /**
     * The whole series in place: bar 0 of the window is {@code open[first]} and so on, and {@link #next} moves
     * to the following bar without copying.
     */
    static Bars over(double[] open, double[] high, double[] low, double[] close, int first, int from,
                     double penetration, CandleSetting[] used) {
        return new Bars(from, penetration, used, 0, first - 1, open, high, low, close);
    }

    void push(double o, double h, double l, double c) {
        int slot = (int) (index + 1) & (ringSize - 1);
        open[slot] = o;
        open[slot + ringSize] = o;
        high[slot] = h;
        high[slot + ringSize] = h;
        low[slot] = l;
        low[slot + ringSize] = l;
        close[slot] = c;
        close[slot + ringSize] = c;
        cursor = slot + ringSize - 1;
        next();
    }

    /** Moves to the next bar, already in the arrays, and moves the sums on. */
    void next() {
        if (index >= from) {
            advance();
        } else {
            index++;
            cursor++;
            seed();
        }
    }

    /** {@link #next} once the pattern is evaluated: every sum moves by the new measure minus the dropped one. */
    void advance() {
        index++;
        cursor++;
        for (int j = 0; j < keptSums.length; j++) {
            double[] sum = keptSums[j];
            double[] moves = keptMoves[j];
            int mask = moves.length - 1, now = (int) index & mask;
            moves[now] = move(j);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += moves[(now - k) & mask];
            }
        }
    }

    /** The change of kept measure {@code j}'s sum for the previous candle: its measure in, the oldest out. */
    private double move(int j) {
        return measure(keptMeasure[j], 1) - measure(keptMeasure[j], 1 + keptPeriod[j]);
    }

    /**
     * Adds the current bar to the sums whose seeding window holds it, and records the moves the later sums
     * of the earlier candles take once there are bars enough for them.
     */
    private void seed() {
        for (int j = 0; j < keptSums.length; j++) {
            int period = keptPeriod[j];
            double[] sum = keptSums[j];
            if (index > period) {
                double[] moves = keptMoves[j];
                moves[(int) index & (moves.length - 1)] = move(j);
            }
            for (int k = 0; k < sum.length; k++) {
                long seedEnd = from - k;
                if (index >= seedEnd - period && index < seedEnd) {
                    sum[k] += measure(keptMeasure[j], 0);
                }
            }
        }
    }

    /** The number of bars before the current one. */
    long index() {
        return index;
    }

    private double measure(CandleSetting.Measure measure, int ago) {
        return switch (measure) {
            case REAL_BODY -> body(ago);
            case HIGH_LOW -> high(ago) - low(ago);
            case SHADOWS -> upperShadow(ago) + lowerShadow(ago);
        };
    }

    public double open(int ago) {
        return open[cursor - ago];
    }

    public double high(int ago) {
        return high[cursor - ago];
    }

    public double low(int ago) {
        return low[cursor - ago];
    }

    public double close(int ago) {
        return close[cursor - ago];
    }

    /** TA-Lib's average for a setting at a candle of the pattern: factor times the mean measure before it. */
    public double average(CandleSetting s, int ago) {
        double mean = s.period != 0 ? sumsOf[s.ordinal()][ago] / s.period : measure(s.measure, ago);
        return s.measure == CandleSetting.Measure.SHADOWS ? s.factor * mean / 2.0 : s.factor * mean;
    }

    /** The pattern's penetration parameter (how far a candle reaches into an earlier body). */
    public double penetration() {
        return penetration;
    }

    public double body(int ago) {
        return Math.abs(close(ago) - open(ago));
    }

    /** 1 for a white candle (close at or above open), -1 for a black one. */
    public int color(int ago) {
        return close(ago) >= open(ago) ? 1 : -1;
    }

    public boolean white(int ago) {
        return color(ago) == 1;
    }

    public boolean black(int ago) {
        return color(ago) == -1;
    }

    public double bodyTop(int ago) {
        double o = open(ago), c = close(ago);
        return o > c ? o : c;
    }

    public double bodyBottom(int ago) {
        double o = open(ago), c = close(ago);
        return o < c ? o : c;
    }

    public double upperShadow(int ago) {
        return high(ago) - (white(ago) ? close(ago) : open(ago));
    }

    public double lowerShadow(int ago) {
        return (white(ago) ? open(ago) : close(ago)) - low(ago);
    }

    /** The shadow at the open's end: the lower one of a white candle, the upper one of a black candle. */
    public double openShadow(int ago) {
        return white(ago) ? lowerShadow(ago) : upperShadow(ago);
    }

    /** The shadow at the close's end. */
    public double closeShadow(int ago) {
        return white(ago) ? upperShadow(ago) : lowerShadow(ago);
    }

    /** Whether the later candle's body lies wholly above the earlier one's. */
    public boolean bodyGapUp(int later, int earlier) {
        return bodyBottom(later) > bodyTop(earlier);
    }

    public boolean bodyGapDown(int later, int earlier) {
        return bodyTop(later) < bodyBottom(earlier);
    }

    /** Whether the later candle's low is above the earlier one's high. */
    public boolean gapUp(int later, int earlier) {
        return low(later) > high(earlier);
    }

    public boolean gapDown(int later, int earlier) {
        return high(later) < low(earlier);
    }

    /** Marks the current bar as a setup with its code, for a confirmation on a later bar (hikkake). */
    void setup(int code) {
        setupAt = index;
        setupCode = code;
    }

    /** The last setup's code, 0 when none is open. */
    int setupCode() {
        return setupCode;
    }

    /** Bars since the last setup. */
    long sinceSetup() {
        return index - setupAt;
    }

    /** Closes the setup once confirmed. */
    void confirmSetup() {
        setupCode = 0;
    }
}
