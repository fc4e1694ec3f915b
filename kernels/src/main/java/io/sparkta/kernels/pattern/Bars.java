package io.sparkta.kernels.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest candles of one series as a candle pattern reads them ({@code ago} 0 is the current bar), with
 * TA-Lib's running sums behind each {@link CandleSetting}. TA-Lib keeps one sum per setting and per candle of
 * the pattern: seeded over the {@code period} candles before that candle's first evaluated position, then
 * moved one candle per bar (the new measure minus the dropped one, added at once). The sum of candle
 * {@code ago} on bar {@code t} has gone through the same additions as the sum of candle 0 would have on bar
 * {@code t - ago} had it been seeded {@code ago} bars earlier, so one sum per measure and period, seeded as
 * many bars early as the furthest candle read, gives every candle's average to the last bit of TA-Lib's.
 *
 * <p>The sums are worked out a block of bars at a time ({@link #fill}): each measure once per bar into a small
 * column, then the sums' means over the block in tight loops (two sums per pass, so that their additions
 * overlap); each mean column keeps the last bars of the block before in front, for the earlier candles. The
 * stream fills blocks of one bar.
 */
public final class Bars {
    /** Bars per block of the array path: the columns stay in the first-level cache. */
    static final int BLOCK = 256;
    /** The measures by ordinal, once: {@code values()} copies its array on every call, and fill runs per block. */
    private static final CandleSetting.Measure[] MEASURES = CandleSetting.Measure.values();

    private final int from;
    /** Slots of the ring (a power of two), 0 over whole input arrays. */
    private final int ringSize;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    /** One running sum per distinct measure and period (not 0) the rule reads. */
    private final CandleSetting.Measure[] sumMeasure;
    private final int[] sumPeriod;
    /** How many bars before the rule's first bar each sum starts: its furthest candle position read. */
    private final int[] sumLead;
    private final double[] sum;
    /**
     * Each sum's mean on the {@link #head} bars before the current block and on every bar of the block, the
     * mean of a bar taken before the sum moves past it.
     */
    private final double[][] meanColumn;
    /** The mean column of each setting with a period, by ordinal. */
    private final double[][] settingMeans = new double[CandleSetting.values().length][];
    /** Bars before the block kept at the front of each mean column: the pattern's earlier candles. */
    private final int head;
    /** The measures of the block's bars and the {@link #reach} bars before, by measure ordinal. */
    private final double[][] measures = new double[MEASURES.length][];
    /** How far before a block's first bar the sums read: the longest period. */
    private final int reach;
    private final double penetration;
    private long index = -1;
    /** The current bar's position in the arrays: candle {@code ago} is at {@code cursor - ago}. */
    private int cursor;
    /** The array position of the first entry of the mean columns. */
    private int meanOrigin;
    /** Bars of the last filled block. */
    private int filled;
    private long setupAt;
    private int setupCode;

    /**
     * A window whose pattern is first evaluated on bar {@code from}, reaching {@code depth} bars back, with the
     * sums of the {@code used} settings at candle positions up to {@code candles - 1}: {@link #push} copies each
     * bar into a ring of slots, written twice (at the slot and one ring further) so that the last
     * {@code ringSize} bars always lie before the cursor in order, and the accessors need no wrapping.
     */
    static Bars ring(int from, int depth, int candles, double penetration, CandleSetting[] used) {
        int size = Integer.highestOneBit(depth + 1) * 2; // a power of two above depth + 1: slots by masking
        return new Bars(from, candles, penetration, used, size, 1, new double[2 * size], new double[2 * size],
                new double[2 * size], new double[2 * size]);
    }

    /**
     * The whole series in place: bar 0 of the window is {@code open[first]} and so on; {@link #fill} and
     * {@link #moveTo} walk it without copying.
     */
    static Bars over(double[] open, double[] high, double[] low, double[] close, int first, int from, int candles,
                     double penetration, CandleSetting[] used) {
        Bars bars = new Bars(from, candles, penetration, used, 0, BLOCK, open, high, low, close);
        bars.cursor = first - 1;
        return bars;
    }

    private Bars(int from, int candles, double penetration, CandleSetting[] used, int ringSize, int block,
                 double[] open, double[] high, double[] low, double[] close) {
        this.from = from;
        this.ringSize = ringSize;
        this.penetration = penetration;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        // the first setting of each measure and period with one, which the others with it share
        List<CandleSetting> summed = new ArrayList<>();
        for (CandleSetting s : used) {
            if (s.period != 0 && summed.stream().noneMatch(k -> k.measure == s.measure && k.period == s.period)) {
                summed.add(s);
            }
        }
        head = candles - 1;
        sumMeasure = new CandleSetting.Measure[summed.size()];
        sumPeriod = new int[summed.size()];
        sumLead = new int[summed.size()];
        sum = new double[summed.size()];
        meanColumn = new double[summed.size()][head + block];
        int longest = 0;
        for (int j = 0; j < summed.size(); j++) {
            CandleSetting s = summed.get(j);
            sumMeasure[j] = s.measure;
            sumPeriod[j] = s.period;
            sumLead[j] = Math.min(head, from - s.period); // TA-Lib keeps no sum reaching before the series
            longest = Math.max(longest, s.period);
        }
        reach = longest;
        for (int j = 0; j < summed.size(); j++) {
            measures[sumMeasure[j].ordinal()] = new double[reach + block];
        }
        for (CandleSetting s : used) {
            for (int j = 0; j < summed.size(); j++) {
                if (s.period != 0 && sumMeasure[j] == s.measure && sumPeriod[j] == s.period) {
                    settingMeans[s.ordinal()] = meanColumn[j];
                }
            }
        }
    }

    void push(double o, double h, double l, double c) {
        index++;
        int slot = (int) index & (ringSize - 1);
        open[slot] = o;
        open[slot + ringSize] = o;
        high[slot] = h;
        high[slot + ringSize] = h;
        low[slot] = l;
        low[slot + ringSize] = l;
        close[slot] = c;
        close[slot + ringSize] = c;
        cursor = slot + ringSize;
        if (index == from) {
            seed(cursor);
        }
        if (index >= from) {
            fill(cursor, cursor + 1);
        }
    }

    /**
     * Starts every sum for bar {@code at}, the rule's first: seeded over its period {@code lead} bars earlier
     * and moved up to {@code at}, with the means of those earlier bars at the front of its column.
     */
    void seed(int at) {
        for (int j = 0; j < sum.length; j++) {
            int seededAt = at - sumLead[j];
            double total = 0;
            for (int x = seededAt - sumPeriod[j]; x < seededAt; x++) {
                total += measure(sumMeasure[j], x);
            }
            for (int x = seededAt; x < at; x++) {
                meanColumn[j][head - (at - x)] = total / sumPeriod[j];
                total += measure(sumMeasure[j], x) - measure(sumMeasure[j], x - sumPeriod[j]);
            }
            sum[j] = total;
        }
        meanOrigin = at - head;
        filled = 0;
    }

    /**
     * Works out the means of bars {@code start} to {@code end - 1} (at most a block, following the last filled
     * bar or the seeded one) and moves the sums past them: each bar's mean is its sum before it moves by the
     * candle's measure minus the one {@code period} candles before.
     */
    void fill(int start, int end) {
        int length = end - start;
        for (double[] means : meanColumn) { // the last bars of the block before move to the front
            System.arraycopy(means, filled, means, 0, head);
        }
        meanOrigin = start - head;
        filled = length;
        for (int m = 0; m < measures.length; m++) {
            if (measures[m] != null) {
                measureColumn(MEASURES[m], start - reach, end, measures[m]);
            }
        }
        // two sums per pass: the additions of one wait on each other
        int j = 0;
        for (; j + 1 < sum.length; j += 2) {
            int k = j + 1;
            double[] measureJ = measures[sumMeasure[j].ordinal()], measureK = measures[sumMeasure[k].ordinal()];
            double[] sumsJ = meanColumn[j], sumsK = meanColumn[k];
            int outJ = reach - sumPeriod[j], outK = reach - sumPeriod[k];
            double totalJ = sum[j], totalK = sum[k];
            for (int i = 0; i < length; i++) {
                sumsJ[head + i] = totalJ;
                sumsK[head + i] = totalK;
                totalJ += measureJ[reach + i] - measureJ[outJ + i];
                totalK += measureK[reach + i] - measureK[outK + i];
            }
            sum[j] = totalJ;
            sum[k] = totalK;
        }
        if (j < sum.length) { // an odd one alone
            double[] measureJ = measures[sumMeasure[j].ordinal()], sumsJ = meanColumn[j];
            int outJ = reach - sumPeriod[j];
            double totalJ = sum[j];
            for (int i = 0; i < length; i++) {
                sumsJ[head + i] = totalJ;
                totalJ += measureJ[reach + i] - measureJ[outJ + i];
            }
            sum[j] = totalJ;
        }
        for (j = 0; j < sum.length; j++) {
            double[] sums = meanColumn[j];
            double period = sumPeriod[j];
            for (int i = head; i < head + length; i++) {
                sums[i] /= period;
            }
        }
    }

    /** Writes the measure of bars {@code start} to {@code end - 1} into {@code column} from 0. */
    private void measureColumn(CandleSetting.Measure measure, int start, int end, double[] column) {
        switch (measure) {
            case REAL_BODY -> {
                for (int x = start; x < end; x++) {
                    column[x - start] = Math.abs(close[x] - open[x]);
                }
            }
            case HIGH_LOW -> {
                for (int x = start; x < end; x++) {
                    column[x - start] = high[x] - low[x];
                }
            }
            case SHADOWS -> {
                for (int x = start; x < end; x++) {
                    column[x - start] = measure(measure, x);
                }
            }
        }
    }

    /** Makes bar {@code x} of the filled block the current one. */
    void moveTo(int x) {
        index += x - cursor;
        cursor = x;
    }

    /** The number of bars before the current one. */
    long index() {
        return index;
    }

    /** A setting's measure of the bar at position {@code x} of the arrays. */
    private double measure(CandleSetting.Measure measure, int x) {
        int ago = cursor - x;
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

    /**
     * TA-Lib's average for a setting at a candle of the pattern: factor times the mean measure before it, or
     * times the candle's own body for a setting without a period.
     */
    public double average(CandleSetting s, int ago) {
        double mean = s.period == 0 ? body(ago) : settingMeans[s.ordinal()][cursor - ago - meanOrigin];
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
        return select(o > c, o, c);
    }

    public double bodyBottom(int ago) {
        double o = open(ago), c = close(ago);
        return select(o < c, o, c);
    }

    public double upperShadow(int ago) {
        return high(ago) - select(white(ago), close(ago), open(ago));
    }

    public double lowerShadow(int ago) {
        return select(white(ago), open(ago), close(ago)) - low(ago);
    }

    /** The shadow at the open's end: the lower one of a white candle, the upper one of a black candle. */
    public double openShadow(int ago) {
        return select(white(ago), lowerShadow(ago), upperShadow(ago));
    }

    /** The shadow at the close's end. */
    public double closeShadow(int ago) {
        return select(white(ago), upperShadow(ago), lowerShadow(ago));
    }

    /**
     * {@code when ? a : b} without a jump: a candle's colour is as good as random, so a branch on it would be
     * mispredicted half the time, and the JIT keeps selects of doubles as branches.
     */
    private static double select(boolean when, double a, double b) {
        long mask = -(long) (when ? 1 : 0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & mask | Double.doubleToRawLongBits(b) & ~mask);
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
