package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Ultimate Oscillator: buying pressure over true range on three windows, weighted 4:2:1, in percent. */
@AutoService(Indicator.class)
public final class Ultosc extends StepIndicator {
    static final ParamSpec.Int P1 = ParamSpec.period("timeperiod1", 7, 1, "short window").sweep(7, 7, 0);
    static final ParamSpec.Int P2 = ParamSpec.period("timeperiod2", 14, 1, "middle window").sweep(14, 14, 0);
    static final ParamSpec.Int P3 = ParamSpec.period("timeperiod3", 28, 1, "long window").sweep(28, 277, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ultosc", "Ultimate Oscillator",
                    Category.MOMENTUM)
            .columns("high", "low", "close").params(P1, P2, P3)
            .output("values", Warmup.max(Warmup.of(P1), Warmup.of(P2), Warmup.of(P3)))
            .notes("Buying pressure close - min(low, previous close) and true range max(high, previous close) - "
                    + "min(low, previous close), summed over each window; 100 * (4 r1 + 2 r2 + r3) / 7, a ratio 0 "
                    + "where its range sum is 0. The first bar only gives the previous close, so the first output "
                    + "is max(periods) bars after it (VectorTA's catalogue says one less; its output agrees with "
                    + "this). A bar with a NaN adds nothing to the sums.")
            .build();

    /** Bars per block of the array kernel: its buffers stay in the first-level cache. */
    private static final int BLOCK = 256;

    public Ultosc() {
        super(SPEC);
    }

    /** The longest window is the one reported when the data is too short for it. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        ParamSpec.Int longest = P3.of(p) >= Math.max(P1.of(p), P2.of(p)) ? P3 : P2.of(p) >= P1.of(p) ? P2 : P1;
        requirePeriod(longest.name(), longest.of(p), n);
        super.checkData(n, first, p);
    }

    /**
     * The step's sums over the arrays a block of bars at a time: the block's pressures and true
     * ranges, then the three windows' sums in one loop (kept aside, with a zero range sum as 0 over 1), then their
     * ratios in a loop the compiler vectorises. This is the step's arithmetic wherever no input is NaN; a NaN
     * leaves the sums NaN for good, and such series are then run through the step (no pass looks for NaN first).
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        int from = first + warmup(p), n = close.length, l1 = P1.of(p), l2 = P2.of(p), l3 = P3.of(p);
        int history = Math.max(l1, Math.max(l2, l3));
        // the block's bars' pressures and ranges at history + i, the bars before it below
        double[] pressures = new double[history + BLOCK], ranges = new double[history + BLOCK];
        double[] p1 = new double[BLOCK], p2 = new double[BLOCK], p3 = new double[BLOCK];
        double[] r1 = new double[BLOCK], r2 = new double[BLOCK], r3 = new double[BLOCK];
        double pressure1 = 0, range1 = 0, pressure2 = 0, range2 = 0, pressure3 = 0, range3 = 0;
        for (int blockStart = first + 1; blockStart < n; blockStart += BLOCK) {
            int count = Math.min(n, blockStart + BLOCK) - blockStart, entered = blockStart - first - 1;
            System.arraycopy(pressures, BLOCK, pressures, 0, history);
            System.arraycopy(ranges, BLOCK, ranges, 0, history);
            for (int i = 0; i < count; i++) {
                int t = blockStart + i;
                double floor = Math.min(low[t], close[t - 1]);
                pressures[history + i] = close[t] - floor;
                ranges[history + i] = Math.max(high[t], close[t - 1]) - floor;
            }
            for (int i = 0, bar = history; i < count; i++, bar++) {
                // the leaving bars taken out first, then the new one added, as the step rounds them
                if (entered + i >= l1) {
                    pressure1 -= pressures[bar - l1];
                    range1 -= ranges[bar - l1];
                }
                if (entered + i >= l2) {
                    pressure2 -= pressures[bar - l2];
                    range2 -= ranges[bar - l2];
                }
                if (entered + i >= l3) {
                    pressure3 -= pressures[bar - l3];
                    range3 -= ranges[bar - l3];
                }
                pressure1 += pressures[bar];
                range1 += ranges[bar];
                pressure2 += pressures[bar];
                range2 += ranges[bar];
                pressure3 += pressures[bar];
                range3 += ranges[bar];
                // a zero range sum as 0 over 1: its ratio's 0
                p1[i] = range1 == 0 ? 0.0 : pressure1;
                r1[i] = range1 == 0 ? 1.0 : range1;
                p2[i] = range2 == 0 ? 0.0 : pressure2;
                r2[i] = range2 == 0 ? 1.0 : range2;
                p3[i] = range3 == 0 ? 0.0 : pressure3;
                r3[i] = range3 == 0 ? 1.0 : range3;
            }
            ratios(p1, r1, count);
            ratios(p2, r2, count);
            ratios(p3, r3, count);
            for (int i = Math.max(0, from - blockStart); i < count; i++) {
                values[offset + blockStart + i] = oscillator(r1[i], r2[i], r3[i]);
            }
        }
        if (Double.isNaN(pressure1 + range1)) { // the step adds nothing for a bar with a NaN
            super.computeSeries(in, first, p, vectorization, out, offset);
        }
    }

    /** ratio's arithmetic (its zero case already folded into the sums) into ranges, a loop that vectorises. */
    private static void ratios(double[] pressures, double[] ranges, int count) {
        for (int i = 0; i < count; i++) {
            ranges[i] = pressures[i] * (1.0 / ranges[i]);
        }
    }

    /** Pressure over range, 0 where the range sums to 0. */
    private static double ratio(double pressure, double range) {
        return range != 0 ? pressure * (1.0 / range) : 0.0;
    }

    private static double oscillator(double ratio1, double ratio2, double ratio3) {
        return Math.fma(Sums.W1, ratio1, Math.fma(Sums.W2, ratio2, Sums.UNIT * ratio3));
    }

    @Override
    protected Step start(double[] p) {
        Sums sums = new Sums(p);
        return (bar, out) -> out[0] = sums.next(bar[0], bar[1], bar[2]);
    }

    /** The three windows' sums of buying pressure and true range, over one ring of the longest window's bars. */
    private static final class Sums {
        private static final double UNIT = 100.0 / 7.0, W1 = UNIT * 4.0, W2 = UNIT * 2.0;
        private final Window w1, w2, w3;
        private final double[] pressures, ranges;
        private double previousClose;
        private int bars, slot;

        Sums(double[] p) {
            w1 = new Window(P1.of(p));
            w2 = new Window(P2.of(p));
            w3 = new Window(P3.of(p));
            int size = Math.max(P1.of(p), Math.max(P2.of(p), P3.of(p)));
            pressures = new double[size];
            ranges = new double[size];
        }

        /** Takes the next bar; the oscillator (meaningless before the warm-up). */
        double next(double high, double low, double close) {
            double before = previousClose;
            previousClose = close;
            int count = bars++ - 1; // bars entered into the windows before this one
            if (count < 0) {
                return Double.NaN;
            }
            boolean valid = !(Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close)
                    || Double.isNaN(before));
            double floor = Math.min(low, before);
            double pressure = valid ? close - floor : 0, range = valid ? Math.max(high, before) - floor : 0;
            // the leaving bars first, then the new one, the order VectorTA's sums round in
            w1.drop(pressures, ranges, count, slot);
            w2.drop(pressures, ranges, count, slot);
            w3.drop(pressures, ranges, count, slot);
            pressures[slot] = pressure;
            ranges[slot] = range;
            slot = slot + 1 == pressures.length ? 0 : slot + 1;
            if (valid) {
                w1.add(pressure, range);
                w2.add(pressure, range);
                w3.add(pressure, range);
            }
            return oscillator(w1.ratio(), w2.ratio(), w3.ratio());
        }
    }

    /** One window's sums. */
    private static final class Window {
        private final int length;
        private double pressure, range;

        Window(int length) {
            this.length = length;
        }

        /** Drops the bar that leaves the window, once it holds length bars; slot is the new bar's in the ring. */
        void drop(double[] pressures, double[] ranges, int count, int slot) {
            if (count >= length) {
                int leaving = slot - length < 0 ? slot - length + pressures.length : slot - length;
                pressure -= pressures[leaving];
                range -= ranges[leaving];
            }
        }

        void add(double p, double r) {
            pressure += p;
            range += r;
        }

        double ratio() {
            return Ultosc.ratio(pressure, range);
        }
    }
}
