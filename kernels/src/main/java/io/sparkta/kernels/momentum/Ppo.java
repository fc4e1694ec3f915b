package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.stats.FiniteInputs;

/** Percentage Price Oscillator: how far the fast average is above the slow one, in percent of the slow one. */
@AutoService(Indicator.class)
public final class Ppo extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 12, 1, "fast average length").sweep(12, 12, 0);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 26, 1,
            "slow average length, at least fast_period").sweep(26, 275, 1);
    static final ParamSpec.Choice MA = ParamSpec.choice("ma_type", "sma", MovingAverages::names, "moving average");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ppo", "Percentage Price Oscillator",
                    Category.MOMENTUM)
            .source("close").params(FAST, SLOW, MA)
            .output("values", Warmup.custom("max(slow_period - 1, the averages' own)", p -> Math.max(
                    SLOW.of(p) - 1, Math.max(averageWarmup(p, SLOW.of(p)), averageWarmup(p, FAST.of(p))))))
            .notes("100 * (fast MA / slow MA - 1); NaN where the slow average is 0. Default ma_type sma (as "
                    + "TA-Lib's PPO), any average of the ma selector is accepted.")
            .build();

    public Ppo() {
        super(SPEC);
    }

    private static int averageWarmup(double[] p, int period) {
        Indicator ma = MovingAverages.get(MA.of(p));
        return ma.warmup(MovingAverages.params(ma, period));
    }

    /** The windows, then the chosen average's own rules for both lengths. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        if (FAST.of(p) > SLOW.of(p)) {
            throw new IndicatorException(id(), ErrorKind.INVALID_PARAMETER, "invalid slow_period = " + SLOW.of(p)
                    + " for fast_period " + FAST.of(p) + " (valid: at least fast_period)");
        }
        requirePeriod("slow_period", SLOW.of(p), n); // the longest window is the one reported
        super.checkData(n, first, p);
        Indicator ma = MovingAverages.get(MA.of(p));
        ma.validate(n, first, MovingAverages.params(ma, FAST.of(p)));
        ma.validate(n, first, MovingAverages.params(ma, SLOW.of(p)));
    }

    /**
     * With sma (the default), both averages as the sma stream keeps them, in one loop over the array; other
     * averages, and a series with a value that is not finite, run the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!MA.of(p).equals("sma") || !FiniteInputs.from(in, first)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] x = in[0], values = out[0];
        int fastPeriod = FAST.of(p), slowPeriod = SLOW.of(p), from = first + warmup(p);
        WindowSum fast = new WindowSum(fastPeriod), slow = new WindowSum(slowPeriod);
        for (int t = first; t < from; t++) {
            fast.add(x[t]);
            slow.add(x[t]);
        }
        for (int t = from; t < x.length; t++) {
            fast.add(x[t]);
            slow.add(x[t]);
            values[offset + t] = oscillator(fast.sum() / fastPeriod, slow.sum() / slowPeriod);
        }
    }

    @Override
    protected Step start(double[] p) {
        SeriesStep fast = SeriesStep.movingAverage(MA.of(p), FAST.of(p));
        SeriesStep slow = SeriesStep.movingAverage(MA.of(p), SLOW.of(p));
        return (bar, out) -> out[0] = oscillator(fast.next(bar[0]), slow.next(bar[0]));
    }

    private static double oscillator(double fast, double slow) {
        return slow == 0 || Double.isNaN(slow) || Double.isNaN(fast) ? Double.NaN : Math.fma(fast / slow, 100.0, -100.0);
    }
}
