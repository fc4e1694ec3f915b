package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Know Sure Thing: four smoothed rates of change weighted 1:2:3:4, and a simple average of it as signal. */
@AutoService(Indicator.class)
public final class Kst extends StepIndicator {
    private static final ParamSpec.Int[] SMA = {sma(1, 10), sma(2, 10), sma(3, 10), sma(4, 15)};
    private static final ParamSpec.Int[] ROC = {roc(1, 10), roc(2, 15), roc(3, 20), roc(4, 30)};
    static final ParamSpec.Int SIGNAL = ParamSpec.period("signal_period", 9, 1, "signal average length")
            .sweep(9, 258, 1);
    private static final Warmup LINE = Warmup.custom("max(roc_periodN + sma_periodN - 1)", p -> {
        int m = 0;
        for (int i = 0; i < 4; i++) {
            m = Math.max(m, ROC[i].of(p) + SMA[i].of(p) - 1);
        }
        return m;
    });
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kst", "Know Sure Thing", Category.MOMENTUM)
            .source("close").params(SMA[0], SMA[1], SMA[2], SMA[3], ROC[0], ROC[1], ROC[2], ROC[3], SIGNAL)
            .output("line", LINE).output("signal", LINE.plus(SIGNAL).plus(-1))
            .notes("line = sum of N * SMA(sma_periodN) of ROC(roc_periodN), N = 1..4; a ROC against a zero or "
                    + "non-finite price counts as 0, as in VectorTA; signal = SMA(signal_period) of the line.")
            .build();

    public Kst() {
        super(SPEC);
    }

    private static ParamSpec.Int sma(int n, int period) {
        return ParamSpec.period("sma_period" + n, period, 1, "average length of ROC " + n).sweep(period, period, 0);
    }

    private static ParamSpec.Int roc(int n, int period) {
        return ParamSpec.period("roc_period" + n, period, 1, "lag of ROC " + n).sweep(period, period, 0);
    }

    /** The longest window is the one reported when the data is too short for it. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        ParamSpec.Int longest = SIGNAL;
        for (int i = 0; i < 4; i++) {
            longest = SMA[i].of(p) > longest.of(p) ? SMA[i] : longest;
            longest = ROC[i].of(p) > longest.of(p) ? ROC[i] : longest;
        }
        requirePeriod(longest.name(), longest.of(p), n);
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int[] lag = new int[4], len = new int[4], at = new int[4];
        double[][] rocs = new double[4][];
        for (int i = 0; i < 4; i++) {
            lag[i] = ROC[i].of(p);
            len[i] = SMA[i].of(p);
            rocs[i] = new double[len[i]];
        }
        int prices = Math.max(Math.max(lag[0], lag[1]), Math.max(lag[2], lag[3])) + 1;
        int signal = SIGNAL.of(p), lineFrom = LINE.at(p);
        double[] ring = new double[prices], lines = new double[signal], sums = new double[4], weights = new double[4];
        for (int i = 0; i < 4; i++) {
            weights[i] = (i + 1) * (1.0 / len[i]); // N times the rounded 1 / length, as VectorTA forms them
        }
        return new Step() {
            private double signalSum;
            private int bars, lineAt;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                int t = bars++;
                ring[t % prices] = x;
                for (int i = 0; i < 4; i++) {
                    if (t >= lag[i]) {
                        double before = ring[(t - lag[i]) % prices];
                        double roc = before != 0 && Double.isFinite(x) && Double.isFinite(before)
                                ? (x / before - 1.0) * 100.0 : 0.0;
                        // the ring starts at zeros, so the sum is right once it has len values
                        sums[i] += roc - rocs[i][at[i]];
                        rocs[i][at[i]] = roc;
                        at[i] = at[i] + 1 == len[i] ? 0 : at[i] + 1;
                    }
                }
                if (t < lineFrom) {
                    return;
                }
                double line = Math.fma(sums[0], weights[0], Math.fma(sums[1], weights[1],
                        Math.fma(sums[2], weights[2], sums[3] * weights[3])));
                signalSum += line - lines[lineAt];
                lines[lineAt] = line;
                lineAt = lineAt + 1 == signal ? 0 : lineAt + 1;
                out[0] = line;
                out[1] = signalSum / signal;
            }
        };
    }
}
