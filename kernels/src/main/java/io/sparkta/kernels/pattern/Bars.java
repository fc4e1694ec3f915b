package io.sparkta.kernels.pattern;

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
    private final int mask;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[][] measures;
    private final double[][] sums;
    private final double penetration;
    private long index = -1;
    private long setupAt;
    private int setupCode;

    /** A window whose pattern is first evaluated on bar {@code from}, reaching {@code depth} bars back. */
    Bars(int from, int depth, double penetration) {
        this.from = from;
        int size = Integer.highestOneBit(depth + 1) * 2; // a power of two above depth + 1: slots by masking
        this.mask = size - 1;
        this.penetration = penetration;
        open = new double[size];
        high = new double[size];
        low = new double[size];
        close = new double[size];
        measures = new double[CandleSetting.Measure.values().length][size];
        sums = new double[SUMMED.length][];
        for (int k = 0; k < SUMMED.length; k++) {
            sums[k] = new double[Math.max(0, from - SUMMED[k].period + 1)];
        }
    }

    void push(double o, double h, double l, double c) {
        int slot = (int) ++index & mask;
        open[slot] = o;
        high[slot] = h;
        low[slot] = l;
        close[slot] = c;
        for (CandleSetting.Measure m : CandleSetting.Measure.values()) {
            measures[m.ordinal()][slot] = m.of(o, h, l, c);
        }
        for (int j = 0; j < SUMMED.length; j++) {
            CandleSetting s = SUMMED[j];
            double[] sum = sums[j];
            for (int k = 0; k < sum.length; k++) {
                long seedEnd = from - k;
                if (index >= seedEnd - s.period && index < seedEnd) {
                    sum[k] += measure(s, 0);
                } else if (index > from) {
                    sum[k] += measure(s, 1 + k) - measure(s, 1 + k + s.period);
                }
            }
        }
    }

    /** The number of bars before the current one. */
    long index() {
        return index;
    }

    private int slot(int ago) {
        return (int) (index - ago) & mask;
    }

    private double measure(CandleSetting s, int ago) {
        return measures[s.measure.ordinal()][slot(ago)];
    }

    public double open(int ago) {
        return open[slot(ago)];
    }

    public double high(int ago) {
        return high[slot(ago)];
    }

    public double low(int ago) {
        return low[slot(ago)];
    }

    public double close(int ago) {
        return close[slot(ago)];
    }

    /** TA-Lib's average for a setting at a candle of the pattern: factor times the mean measure before it. */
    public double average(CandleSetting s, int ago) {
        double mean = s.period != 0 ? sums[SUMS_OF[s.ordinal()]][ago] / s.period : measure(s, ago);
        return s.factor * mean / (s.measure == CandleSetting.Measure.SHADOWS ? 2.0 : 1.0);
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
