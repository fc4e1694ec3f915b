package io.sparkta.kernels.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The newest candles of one series as a candle pattern reads them ({@code ago} 0 is the current bar), with
 * TA-Lib's running sums behind each {@link CandleSetting}. TA-Lib keeps one sum per setting and per candle of
 * the pattern: seeded over the {@code period} candles before that candle's first evaluated position, then
 * moved one candle per bar (the new measure minus the dropped one, added at once); these sums are kept the
 * same way, so the averages agree with TA-Lib's to the last bit. Settings with the same measure and period have
 * equal sums, so they share one.
 *
 * <p>The sums are worked out a block of bars at a time ({@link #fill}): each measure once per bar into a small
 * column, then the sums' means over the block in tight loops (two sums per pass, so that their additions
 * overlap), and the rule reads its averages from these columns instead of moving sums between its tests. The
 * stream fills blocks of one bar.
 */
public final class Bars {
    /** Bars per block of the array path: the columns stay in the first-level cache. */
    static final int BLOCK = 256;
    /** Candle positions per setting in {@link #meanAt}: more than the longest pattern's candles. */
    private static final int POSITIONS = 8;

    private final int from;
    /** Slots of the ring (a power of two), 0 over whole input arrays. */
    private final int ringSize;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    /** One running sum per distinct measure and period (not 0) the rule reads, and per candle position. */
    private final CandleSetting.Measure[] sumMeasure;
    private final int[] sumPeriod;
    private final int[] sumAgo;
    private final double[] sum;
    /** Each sum on every bar of the current block, before it moves past the bar. */
    private final double[][] sumColumn;
    /** The measures of the block's bars and the {@link #reach} bars before, by measure ordinal. */
    private final double[][] measures = new double[CandleSetting.Measure.values().length][];
    /** How far before a block's first bar the sums read: the longest candle position plus period. */
    private final int reach;
    /**
     * The candle's own measure at each candle position a setting without a period is read at, by the block's
     * bars, and where it starts in its measure column.
     */
    private final double[][] ownMeasure;
    private final double[][] ownMeasureSource;
    private final int[] ownMeasureOffset;
    /**
     * The column of means (sum / period, or the own measure) behind each setting at each candle position, by
     * {@code ordinal * POSITIONS + ago}.
     */
    private final double[][] meanAt = new double[CandleSetting.values().length * POSITIONS][];
    private final double penetration;
    private long index = -1;
    /** The current bar's position in the arrays: candle {@code ago} is at {@code cursor - ago}. */
    private int cursor;
    /** The position of the current block's first bar. */
    private int blockStart;
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
        List<int[]> sums = new ArrayList<>(); // {ordinal of the first setting with the measure and period, position}
        List<int[]> reads = new ArrayList<>(); // {ordinal, position}
        for (CandleSetting s : used) {
            CandleSetting summed = Arrays.stream(used).filter(k -> k.measure == s.measure && k.period == s.period)
                    .findFirst().orElseThrow();
            for (int ago = 0; ago < candles && ago <= from - s.period; ago++) {
                reads.add(new int[] {s.ordinal(), ago});
                if (s.period != 0 && summed == s) {
                    sums.add(new int[] {s.ordinal(), ago});
                }
            }
        }
        if (sums.size() % 2 == 1) { // a spare copy of the last sum, never read: the sums move two per pass
            sums.add(sums.get(sums.size() - 1));
        }
        CandleSetting[] settings = CandleSetting.values();
        sumMeasure = new CandleSetting.Measure[sums.size()];
        sumPeriod = new int[sums.size()];
        sumAgo = new int[sums.size()];
        sum = new double[sums.size()];
        sumColumn = new double[sums.size()][block];
        int longest = 0;
        for (int j = 0; j < sums.size(); j++) {
            CandleSetting s = settings[sums.get(j)[0]];
            sumMeasure[j] = s.measure;
            sumPeriod[j] = s.period;
            sumAgo[j] = sums.get(j)[1];
            longest = Math.max(longest, sumAgo[j] + sumPeriod[j]);
        }
        for (int[] read : reads) {
            longest = Math.max(longest, read[1]);
        }
        reach = longest;
        for (int[] read : reads) {
            measures[settings[read[0]].measure.ordinal()] = new double[reach + block];
        }
        List<int[]> own = reads.stream().filter(read -> settings[read[0]].period == 0).toList();
        ownMeasure = new double[own.size()][block];
        ownMeasureSource = new double[own.size()][];
        ownMeasureOffset = new int[own.size()];
        for (int r = 0; r < own.size(); r++) {
            ownMeasureSource[r] = measures[settings[own.get(r)[0]].measure.ordinal()];
            ownMeasureOffset[r] = reach - own.get(r)[1];
        }
        for (int[] read : reads) {
            CandleSetting s = settings[read[0]];
            int ago = read[1];
            int j = IntStream.range(0, sums.size()).filter(k -> sumMeasure[k] == s.measure
                    && sumPeriod[k] == s.period && sumAgo[k] == ago).findFirst().orElse(-1);
            meanAt[s.ordinal() * POSITIONS + ago] = j >= 0 ? sumColumn[j] : ownMeasure[own.indexOf(read)];
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

    /** Starts every sum on bar {@code at}, the rule's first: the measures of its period before its candle. */
    void seed(int at) {
        for (int j = 0; j < sum.length; j++) {
            double total = 0;
            for (int x = at - sumAgo[j] - sumPeriod[j]; x < at - sumAgo[j]; x++) {
                total += measure(sumMeasure[j], x);
            }
            sum[j] = total;
        }
    }

    /**
     * Works out the means of bars {@code start} to {@code end - 1} (at most a block, following the last filled
     * bar or the seeded one) and moves the sums past them: each bar's mean is its sum before it moves by the
     * candle's measure minus the one {@code period} candles before.
     */
    void fill(int start, int end) {
        blockStart = start;
        int length = end - start;
        for (int m = 0; m < measures.length; m++) {
            if (measures[m] != null) {
                measureColumn(CandleSetting.Measure.values()[m], start - reach, end, measures[m]);
            }
        }
        // two sums per pass: the additions of one wait on each other
        for (int j = 0; j < sum.length; j += 2) {
            int k = j + 1;
            double[] measureJ = measures[sumMeasure[j].ordinal()], measureK = measures[sumMeasure[k].ordinal()];
            double[] sumsJ = sumColumn[j], sumsK = sumColumn[k];
            int inJ = reach - sumAgo[j], outJ = inJ - sumPeriod[j], inK = reach - sumAgo[k], outK = inK - sumPeriod[k];
            double totalJ = sum[j], totalK = sum[k];
            for (int i = 0; i < length; i++) {
                sumsJ[i] = totalJ;
                sumsK[i] = totalK;
                totalJ += measureJ[inJ + i] - measureJ[outJ + i];
                totalK += measureK[inK + i] - measureK[outK + i];
            }
            sum[j] = totalJ;
            sum[k] = totalK;
        }
        for (int j = 0; j < sum.length; j++) {
            double[] sums = sumColumn[j];
            double period = sumPeriod[j];
            for (int i = 0; i < length; i++) {
                sums[i] /= period;
            }
        }
        for (int r = 0; r < ownMeasure.length; r++) {
            System.arraycopy(ownMeasureSource[r], ownMeasureOffset[r], ownMeasure[r], 0, length);
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

    /** TA-Lib's average for a setting at a candle of the pattern: factor times the mean measure before it. */
    public double average(CandleSetting s, int ago) {
        double mean = meanAt[s.ordinal() * POSITIONS + ago][cursor - blockStart];
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
