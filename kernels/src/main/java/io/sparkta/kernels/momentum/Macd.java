package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import java.util.function.IntFunction;

/** Moving Average Convergence/Divergence: fast average - slow average, its signal average and their difference. */
@AutoService(Indicator.class)
public final class Macd extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 12, 1, "fast average length").sweep(12, 12, 0);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 26, 1, "slow average length").sweep(26, 275, 1);
    static final ParamSpec.Int SIGNAL = ParamSpec.period("signal_period", 9, 1, "signal average length").sweep(9, 9, 0);
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "ema", MovingAverages::names,
            "the average of all three lines");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("macd", "Moving Average Convergence/Divergence",
                    Category.MOMENTUM)
            .source("close").params(FAST, SLOW, SIGNAL, MA_TYPE)
            .output("macd", Warmup.custom("max(fast_period, slow_period) - 1 with ema; else max(slow_period - 1, "
                    + "the averages' warm-ups)", Macd::macdWarmup))
            .outputs(Warmup.custom("max(fast_period, slow_period) + signal_period - 2 with ema; else the MACD "
                    + "line's + the signal average's, at least slow_period + signal_period - 2", Macd::signalWarmup),
                    "signal", "hist")
            .notes("With ema (the default) each average is seeded with the mean of its first period values, as "
                    + "VectorTA's MACD does (unlike the ema indicator, which starts with a running mean), and the "
                    + "signal with the mean of the first signal_period MACD values. "
                    + "Any other ma_type runs that average (its own warm-up) on the price twice and on the MACD line; "
                    + "the MACD line starts at slow_period - 1 at the earliest, as in VectorTA. With fast_period > "
                    + "slow_period the line waits for the fast average (VectorTA's ema subtracts from an unseeded 0).")
            .build();

    public Macd() {
        super(SPEC);
    }

    /**
     * With ema (the default), the step's arithmetic in one loop over the array, its three seeded EMAs called
     * where their class is known; other averages run the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!MA_TYPE.of(p).equals("ema")) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] x = in[0], line = out[0], signalLine = out[1], hist = out[2];
        SeededEma fast = new SeededEma(FAST.of(p), true, SeededEma.Nans.POISON);
        SeededEma slow = new SeededEma(SLOW.of(p), true, SeededEma.Nans.POISON);
        SeededEma signal = new SeededEma(SIGNAL.of(p), true, SeededEma.Nans.POISON);
        int macdFrom = first + macdWarmup(p), signalFrom = first + signalWarmup(p);
        for (int t = first; t < macdFrom; t++) {
            fast.next(x[t]);
            slow.next(x[t]);
        }
        for (int t = macdFrom; t < x.length; t++) {
            double m = fast.next(x[t]) - slow.next(x[t]), sig = signal.next(m);
            line[offset + t] = m;
            signalLine[offset + t] = t < signalFrom ? Double.NaN : sig;
            hist[offset + t] = t < signalFrom ? Double.NaN : m - sig;
        }
    }

    @Override
    protected Step start(double[] p) {
        String type = MA_TYPE.of(p);
        IntFunction<SeriesStep> average = type.equals("ema") ? period -> new SeededEma(period, true, SeededEma.Nans.POISON)
                : period -> SeriesStep.movingAverage(type, period);
        SeriesStep fast = average.apply(FAST.of(p)), slow = average.apply(SLOW.of(p));
        SeriesStep signal = average.apply(SIGNAL.of(p));
        int macdFrom = macdWarmup(p);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double f = fast.next(bar[0]), s = slow.next(bar[0]);
                // the signal average sees the MACD line from its first bar on, not the averages' earlier values
                double m = bars++ < macdFrom ? Double.NaN : f - s, sig = signal.next(m);
                out[0] = m;
                out[1] = sig;
                out[2] = m - sig;
            }
        };
    }

    private static int macdWarmup(double[] p) {
        return Math.max(SLOW.of(p) - 1, Math.max(averageWarmup(p, FAST.of(p)), averageWarmup(p, SLOW.of(p))));
    }

    private static int signalWarmup(double[] p) {
        return Math.max(SLOW.of(p) + SIGNAL.of(p) - 2, macdWarmup(p) + averageWarmup(p, SIGNAL.of(p)));
    }

    /** The chosen average's warm-up for a period; its own range errors surface here, before any bar is read. */
    private static int averageWarmup(double[] p, int period) {
        String type = MA_TYPE.of(p);
        return type.equals("ema") ? period - 1 : MovingAverages.warmup(type, period);
    }

}
