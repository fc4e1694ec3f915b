package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;
import java.util.List;

/**
 * The modified God Mode oscillator: the mean of several 0..100 oscillators of the close (which ones is the
 * mode), a 6-bar mean of it as signal and an EMA of their spread as histogram.
 */
@AutoService(Indicator.class)
public final class ModGodMode extends StepIndicator {
    static final ParamSpec.Int N1 = ParamSpec.period("n1", 17, 1, "channel length (EMAs of the close and of the "
            + "momentum)").sweep(17, 266, 1);
    static final ParamSpec.Int N2 = ParamSpec.period("n2", 6, 1, "average length (second EMAs, Williams %R and "
            + "RSI momentum windows)").sweep(6, 6, 0);
    static final ParamSpec.Int N3 = ParamSpec.period("n3", 4, 1, "RSI, money flow and histogram length")
            .sweep(4, 4, 0);
    /** VectorTA's ModGodModeMode variants, in its order. */
    static final ParamSpec.Choice MODE = ParamSpec.choice("mode", "TraditionMg",
            List.of("Godmode", "Tradition", "GodmodeMg", "TraditionMg"), "which oscillators are averaged");
    static final ParamSpec.Int USE_VOLUME = ParamSpec.flag("use_volume", true,
            "money flow index of hlc3 and volume; RSI of the close without");
    private static final int GODMODE = 0, TRADITION = 1, GODMODE_MG = 2;
    private static final int SIGNAL_LENGTH = 6;
    private static final Warmup LONGEST = Warmup.max(Warmup.of(N1), Warmup.of(N2), Warmup.of(N3));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mod_god_mode", "Modified God Mode oscillator",
                    Category.MOMENTUM)
            .columns("high", "low", "close", "volume").params(N1, N2, N3, MODE, USE_VOLUME)
            .output("wavetrend", LONGEST.plus(-1))
            .outputs(LONGEST.plus(SIGNAL_LENGTH - 2), "signal", "histogram")
            .notes("wavetrend is the mean of the finite ones among: tci = 50 + WaveTrend's first line of the close "
                    + "(n1, n2, factor 0.025); mf = MFI(n3) of hlc3 and volume, or RSI(n3) without use_volume; "
                    + "rsi = RSI(n3) (Wilder, 100 where there are no losses); cbci = RSI - RSI n2 bars back + "
                    + "EMA(n3) of RSI; lrsi = a Laguerre RSI (gain 0.7) of the close; willy = 60 (close - highest) / "
                    + "range + 80 over n2 closes; csi = (RSI + 0.5 TSI(n1, n2) + 50) / 2; csi_mg = (RSI + 50 + 50 "
                    + "double-smoothed (n1, n2) change / change size, the change relative to the mean of the two "
                    + "closes) / 2. Godmode: tci, csi, mf, willy; Tradition: tci, mf, rsi; GodmodeMg: tci, csi_mg, "
                    + "mf, willy, cbci, lrsi; TraditionMg: tci, mf, rsi, cbci, lrsi. signal = mean of the last 6 "
                    + "wavetrend values; histogram = EMA(n3) of 2 (wavetrend - signal) + 50, started at its first "
                    + "value. The money flow window starts with the RSI, n3 changes in, as in VectorTA. high, low "
                    + "and volume are read for mf only.")
            .build();

    public ModGodMode() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int n1 = N1.of(p), n2 = N2.of(p), n3 = N3.of(p), mode = MODE.indexOf(p);
        int warm = LONGEST.at(p) - 1;
        boolean useVolume = USE_VOLUME.isSet(p);
        WaveTrendLine channel = new WaveTrendLine(n1, n2, 0.025);
        WilderChanges changes = new WilderChanges(n3, false);
        MoneyFlow moneyFlow = new MoneyFlow(n3);
        DoubleSmoothedRatio strength = new DoubleSmoothedRatio(n1, n2);
        RunningMean signalMean = new RunningMean(SIGNAL_LENGTH);
        double alpha3 = 2.0 / (n3 + 1.0), keep3 = 1.0 - alpha3; // the EMAs of RSI and of the spread
        double[] closes = new double[n2], rsis = new double[n2];
        Arrays.fill(rsis, Double.NaN);
        return new Step() {
            private final Laguerre laguerre = new Laguerre();
            private double previous = Double.NaN, rsiEma = Double.NaN, hist = Double.NaN;
            private int bar, count;
            private double sum;

            /** Adds a component to the mean being formed, if it is finite. */
            private void add(double v) {
                if (Double.isFinite(v)) {
                    sum += v;
                    count++;
                }
            }

            @Override
            public void next(double[] in, double[] out) {
                double close = in[2];
                int slot = bar % n2;
                double tci = channel.next(close) + 50.0;
                boolean seeded = changes.next(close);
                double rsi = !seeded ? Double.NaN : changes.loss() == 0 ? 100.0
                        : 100.0 - 100.0 / (1.0 + changes.gain() / changes.loss());
                double mf = useVolume ? moneyFlow.next((in[0] + in[1] + close) / 3.0, in[3], seeded) : rsi;
                double cbci = Double.NaN;
                if (seeded) {
                    double momentum = rsi - rsis[slot]; // NaN until the ring holds an RSI n2 bars back
                    rsis[slot] = rsi;
                    if (Double.isFinite(rsi)) {
                        rsiEma = Double.isNaN(rsiEma) ? rsi : Math.fma(keep3, rsiEma, alpha3 * rsi);
                    }
                    cbci = momentum + rsiEma;
                }
                double lrsi = laguerre.next(close);
                closes[slot] = close;
                double csi = Double.NaN;
                if (bar > 0 && (mode == GODMODE || mode == GODMODE_MG)) {
                    double change = close - previous, mean = 0.5 * (previous + close);
                    double ratio = mode == GODMODE ? strength.next(change, Math.abs(change))
                            : strength.next(mean != 0 ? change / mean : 0.0, Math.abs(change));
                    csi = mode == GODMODE ? (rsi + (0.5 * (100.0 * ratio) + 50.0)) * 0.5
                            : 0.5 * (rsi + (50.0 * ratio + 50.0));
                }
                previous = close;
                Arrays.fill(out, Double.NaN);
                if (bar++ < warm) {
                    return;
                }
                sum = 0;
                count = 0;
                add(tci);
                switch (mode) { // the components in VectorTA's order of summation
                    case GODMODE -> {
                        add(csi);
                        add(mf);
                        add(willy(close));
                    }
                    case TRADITION -> {
                        add(mf);
                        add(rsi);
                    }
                    case GODMODE_MG -> {
                        add(csi);
                        add(mf);
                        add(willy(close));
                        add(cbci);
                        add(lrsi);
                    }
                    default -> {
                        add(mf);
                        add(rsi);
                        add(cbci);
                        add(lrsi);
                    }
                }
                if (count == 0) {
                    return; // nothing to average: the signal and histogram wait too
                }
                double wavetrend = sum / count;
                out[0] = wavetrend;
                double signal = signalMean.next(wavetrend);
                if (!Double.isNaN(signal)) {
                    double spread = (wavetrend - signal) * 2.0 + 50.0;
                    hist = Double.isNaN(hist) ? spread : Math.fma(keep3, hist, alpha3 * spread);
                    out[1] = signal;
                    out[2] = hist;
                }
            }

            /** Williams %R of the last n2 closes, rescaled to 20..80; NaN over a flat window. */
            private double willy(double close) {
                double highest = Double.NEGATIVE_INFINITY, lowest = Double.POSITIVE_INFINITY;
                for (double c : closes) {
                    highest = Math.max(highest, c);
                    lowest = Math.min(lowest, c);
                }
                double range = highest - lowest;
                return range == 0 ? Double.NaN : 60.0 * (close - highest) / range + 80.0;
            }
        };
    }

    /** 100 cu / (cu + cd) along a four-stage Laguerre filter (gain 0.7) whose stages start at 0. */
    private static final class Laguerre {
        private static final double GAIN = 0.7, DAMP = 1.0 - GAIN;
        private double l0, l1, l2, l3;

        double next(double x) {
            double p0 = l0, p1 = l1, p2 = l2;
            l0 = GAIN * x + DAMP * p0;
            l1 = -DAMP * l0 + p0 + DAMP * p1;
            l2 = -DAMP * l1 + p1 + DAMP * p2;
            l3 = -DAMP * l2 + p2 + DAMP * l3;
            double up = Math.max(l0 - l1, 0.0) + Math.max(l1 - l2, 0.0) + Math.max(l2 - l3, 0.0);
            double down = Math.max(l1 - l0, 0.0) + Math.max(l2 - l1, 0.0) + Math.max(l3 - l2, 0.0);
            double total = up + down;
            return total != 0 && Double.isFinite(total) ? 100.0 * up / total : Double.NaN;
        }
    }

    /**
     * The money flow index of a typical price and volume over the last length flows (a flow counts as positive
     * or negative by the price's move from the bar before); NaN until {@code ready}, VectorTA's start.
     */
    private static final class MoneyFlow {
        private final double[] flows;
        private final int[] signs;
        private double positive, negative, previous = Double.NaN;
        private int head;

        MoneyFlow(int length) {
            flows = new double[length];
            signs = new int[length];
        }

        double next(double price, double volume, boolean ready) {
            boolean first = Double.isNaN(previous);
            int sign = price > previous ? 1 : price < previous ? -1 : 0;
            previous = price;
            if (first) {
                return Double.NaN;
            }
            double flow = price * volume;
            if (ready) { // the window is full from here on: the flow length bars back leaves it
                positive -= signs[head] > 0 ? flows[head] : 0.0;
                negative -= signs[head] < 0 ? flows[head] : 0.0;
            }
            flows[head] = flow;
            signs[head] = sign;
            positive += sign > 0 ? flow : 0.0;
            negative += sign < 0 ? flow : 0.0;
            head = (head + 1) % flows.length;
            return !ready ? Double.NaN : negative == 0 ? 100.0 : 100.0 - 100.0 / (1.0 + positive / negative);
        }
    }

    /**
     * A double-smoothed ratio as TSI forms it: numerator and denominator each through an EMA (long) and an EMA
     * (short) of that, every EMA started at its first value; NaN where the smoothed denominator is 0.
     */
    private static final class DoubleSmoothedRatio {
        private final double alpha1, keep1, alpha2, keep2;
        private double num1 = Double.NaN, den1, num2, den2;

        DoubleSmoothedRatio(int first, int second) {
            alpha1 = 2.0 / (first + 1.0);
            keep1 = 1.0 - alpha1;
            alpha2 = 2.0 / (second + 1.0);
            keep2 = 1.0 - alpha2;
        }

        double next(double num, double den) {
            if (Double.isNaN(num1)) {
                num1 = num2 = num;
                den1 = den2 = den;
            } else {
                num1 = Math.fma(keep1, num1, alpha1 * num);
                den1 = Math.fma(keep1, den1, alpha1 * den);
                num2 = Math.fma(keep2, num2, alpha2 * num1);
                den2 = Math.fma(keep2, den2, alpha2 * den1);
            }
            return den2 != 0 && Double.isFinite(den2) ? num2 / den2 : Double.NaN;
        }
    }
}
