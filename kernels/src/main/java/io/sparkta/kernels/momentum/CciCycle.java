package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;

/** CCI Cycle: a double-smoothed CCI run through two smoothed stochastics (a Schaff-style cycle of the CCI). */
@AutoService(Indicator.class)
public final class CciCycle extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("length", 10, 1, "CCI length and stochastic window")
            .sweep(10, 259, 1);
    static final ParamSpec.Real FACTOR = ParamSpec.real("factor", 0.5, 0.0, 1.0,
            "weight of the new value in each stochastic's smoothing (0: none)").sweep(0.5, 0.5, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("cci_cycle", "CCI Cycle", Category.MOMENTUM)
            .source("close").params(LENGTH, FACTOR)
            .output("values", Warmup.custom("length + round(sqrt(length)) - 1",
                    p -> LENGTH.of(p) + smmaLength(LENGTH.of(p)) - 1))
            .notes("CCI(length); 2 EMA((length + 1) / 2) - EMA(length) of it (VectorTA's ema, a running mean at "
                    + "first); SMMA(round(sqrt(length))) of that; then twice a stochastic over the last length "
                    + "values (NaNs skipped), each smoothed as prev + factor (x - prev). A flat window repeats the "
                    + "previous value (50 for the first stochastic's first), so a flat stretch can leave NaN bars "
                    + "after the warm-up, as in VectorTA.")
            .build();

    public CciCycle() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(2 * LENGTH.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int length = LENGTH.of(p);
        double factor = FACTOR.of(p);
        SeriesStep cci = SeriesStep.of(Indicators.get("cci"), length);
        SeriesStep fast = SeriesStep.movingAverage("ema", (length + 1) / 2), slow = SeriesStep.movingAverage("ema", length);
        SeriesStep smma = SeriesStep.movingAverage("smma", smmaLength(length));
        double[] ccis = new double[length], cycles = new double[length];
        Arrays.fill(ccis, Double.NaN);
        Arrays.fill(cycles, Double.NaN);
        return new Step() {
            private double prevF1 = Double.NaN, prevPf = Double.NaN, prevOut = Double.NaN;
            private int pos;

            @Override
            public void next(double[] bar, double[] out) {
                double c = cci.next(bar[0]), s = fast.next(c), l = slow.next(c);
                double x = smma.next(Double.isNaN(c) ? Double.NaN : s + s - l);
                ccis[pos] = x;
                double pf = Double.NaN;
                if (!Double.isNaN(x)) {
                    double f1 = stochastic(ccis, x, Double.isNaN(prevF1) ? 50.0 : prevF1);
                    pf = Double.isNaN(f1) ? Double.NaN : smooth(f1, prevPf);
                    prevF1 = f1;
                    prevPf = pf;
                } else {
                    prevF1 = Double.NaN;
                }
                cycles[pos] = pf;
                pos = (pos + 1) % length;
                out[0] = prevOut = Double.isNaN(pf) ? Double.NaN : smoothedStochastic(pf);
            }

            private double smoothedStochastic(double pf) {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (double v : cycles) {
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                return hi - lo > 0 ? smooth((pf - lo) / (hi - lo) * 100.0, prevOut) : prevOut;
            }

            private double smooth(double x, double previous) {
                return Double.isNaN(previous) || factor == 0 ? x : Math.fma(x - previous, factor, previous);
            }
        };
    }

    /** Where x sits among the window's non-NaN values, in percent; {@code flat} when they are all equal. */
    private static double stochastic(double[] window, double x, double flat) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : window) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (Double.isInfinite(lo)) {
            return Double.NaN;
        }
        return hi - lo > 0 ? (x - lo) / (hi - lo) * 100.0 : flat;
    }

    private static int smmaLength(int length) {
        return Math.max(1, (int) Math.round(Math.sqrt(length)));
    }
}
