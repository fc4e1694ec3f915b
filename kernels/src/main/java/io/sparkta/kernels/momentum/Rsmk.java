package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;

/** Relative Strength (Markos Katsanos): the smoothed momentum of log(price / benchmark), and its signal. */
@AutoService(Indicator.class)
public final class Rsmk extends StepIndicator {
    static final ParamSpec.Int LOOKBACK = ParamSpec.period("lookback", 90, 1, "momentum distance in bars")
            .sweep(90, 339, 1);
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 3, 1, "average length of the momentum")
            .sweep(3, 3, 0);
    static final ParamSpec.Int SIGNAL = ParamSpec.period("signal_period", 20, 1, "signal average length")
            .sweep(20, 20, 0);
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("matype", "ema", MovingAverages::names,
            "the average of the momentum");
    static final ParamSpec.Choice SIGNAL_TYPE = ParamSpec.choice("signal_matype", "ema", MovingAverages::names,
            "the average of the indicator");
    private static final Warmup INDICATOR = Warmup.custom("lookback + period - 1 with ema; else lookback + the "
            + "average's warm-up", Rsmk::indicatorWarmup);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rsmk", "Relative Strength (Katsanos)",
                    Category.MOMENTUM)
            .source("close").columns("comparison series").params(LOOKBACK, PERIOD, SIGNAL, MA_TYPE, SIGNAL_TYPE)
            .output("indicator", INDICATOR)
            .output("signal", Warmup.custom("the indicator's + signal_period - 1 with an ema signal over an ema or "
                    + "sma indicator; else + the signal average's warm-up", Rsmk::signalWarmup))
            .notes("indicator = 100 x average(log(price / comparison) - the same lookback bars earlier); with ema the "
                    + "average is seeded with the mean of the first period momenta and holds over a NaN. As in "
                    + "VectorTA, an ema signal over an ema or sma indicator is seeded with the mean of the "
                    + "signal_period - 1 indicator values before its first bar (not including that bar's), then "
                    + "steps as an EMA. The comparison series is a second price series (a benchmark) of the same "
                    + "length; a zero benchmark gives NaN.")
            .build();

    public Rsmk() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(LOOKBACK.of(p) + Math.max(PERIOD.of(p), SIGNAL.of(p)), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int lookback = LOOKBACK.of(p), period = PERIOD.of(p), indFrom = indicatorWarmup(p), sigFrom = signalWarmup(p);
        boolean emaInd = MA_TYPE.of(p).equals("ema");
        boolean seededSignal = seededSignal(p);
        SeriesStep average = emaInd ? null : SeriesStep.movingAverage(MA_TYPE.of(p), period);
        SeriesStep signalAverage = seededSignal ? null : SeriesStep.movingAverage(SIGNAL_TYPE.of(p), SIGNAL.of(p));
        double alpha = 2.0 / (period + 1.0), alphaSig = 2.0 / (SIGNAL.of(p) + 1.0);
        double[] logs = new double[lookback + 1];
        return new Step() {
            private double sum, ind, acc, sig;
            private int bars, count, accCount;

            @Override
            public void next(double[] bar, double[] out) {
                double m = bar[0], c = bar[1];
                int t = bars++;
                logs[t % (lookback + 1)] = Double.isNaN(m) || Double.isNaN(c) || c == 0 ? Double.NaN : Math.log(m / c);
                double mom = t >= lookback ? logs[t % (lookback + 1)] - logs[(t - lookback) % (lookback + 1)]
                        : Double.NaN;
                if (!emaInd) {
                    ind = average.next(mom) * 100.0;
                } else if (t >= lookback && t < lookback + period) {
                    if (!Double.isNaN(mom)) {
                        sum += mom;
                        count++;
                    }
                    ind = t == indFrom && count > 0 ? sum / count * 100.0 : Double.NaN;
                } else if (t >= lookback + period && !Double.isNaN(mom)) {
                    ind = Math.fma(mom * 100.0 - ind, alpha, ind);
                }
                out[0] = ind;
                out[1] = seededSignal ? seeded(t) : signalAverage.next(t < indFrom ? Double.NaN : ind);
            }

            private double seeded(int t) {
                if (t < indFrom) {
                    return Double.NaN;
                }
                if (t < sigFrom) {
                    if (!Double.isNaN(ind)) {
                        acc += ind;
                        accCount++;
                    }
                    return Double.NaN;
                }
                if (t == sigFrom) {
                    sig = accCount > 0 ? acc / accCount : ind; // the bar's own value is left out of the seed
                } else if (!Double.isNaN(ind)) {
                    sig = Double.isNaN(sig) ? ind : Math.fma(ind - sig, alphaSig, sig);
                }
                return sig;
            }
        };
    }

    private static int indicatorWarmup(double[] p) {
        String type = MA_TYPE.of(p);
        return LOOKBACK.of(p) + (type.equals("ema") ? PERIOD.of(p) - 1 : MovingAverages.warmup(type, PERIOD.of(p)));
    }

    private static int signalWarmup(double[] p) {
        String type = SIGNAL_TYPE.of(p);
        return indicatorWarmup(p) + (seededSignal(p) ? SIGNAL.of(p) - 1 : MovingAverages.warmup(type, SIGNAL.of(p)));
    }

    /** VectorTA's own ema signal, over an ema or sma indicator; any other pair runs the averages as they are. */
    private static boolean seededSignal(double[] p) {
        return SIGNAL_TYPE.of(p).equals("ema") && (MA_TYPE.of(p).equals("ema") || MA_TYPE.of(p).equals("sma"));
    }
}
