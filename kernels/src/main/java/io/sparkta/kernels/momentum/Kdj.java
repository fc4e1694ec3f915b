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
import java.util.Arrays;

/** KDJ: the slow stochastic's %K and %D, and J = 3 K - 2 D. */
@AutoService(Indicator.class)
public final class Kdj extends StepIndicator {
    static final ParamSpec.Int FAST_K = ParamSpec.period("fast_k_period", 9, 1, "range length").sweep(9, 258, 1);
    static final ParamSpec.Int SLOW_K = ParamSpec.period("slow_k_period", 3, 1, "K average length").sweep(3, 3, 0);
    static final ParamSpec.Choice SLOW_K_MA = ParamSpec.choice("slow_k_ma_type", "sma", MovingAverages::names,
            "K average");
    static final ParamSpec.Int SLOW_D = ParamSpec.period("slow_d_period", 3, 1, "D average length").sweep(3, 3, 0);
    static final ParamSpec.Choice SLOW_D_MA = ParamSpec.choice("slow_d_ma_type", "sma", MovingAverages::names,
            "D average");
    private static final Warmup K = Warmup.custom("fast_k_period + slow_k_period - 2 with sma or ema for both; "
            + "else fast_k_period - 1 + the slow_k average's warm-up",
            p -> FAST_K.of(p) - 1 + averageWarmup(p, SLOW_K_MA, SLOW_K));
    private static final Warmup D = Warmup.custom("fast_k_period + slow_k_period + slow_d_period - 3 with sma or ema "
            + "for both; else k's + the slow_d average's warm-up",
            p -> K.at(p) + averageWarmup(p, SLOW_D_MA, SLOW_D));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("kdj", "KDJ", Category.MOMENTUM)
            .columns("high", "low", "close").params(FAST_K, SLOW_K, SLOW_K_MA, SLOW_D, SLOW_D_MA)
            .output("k", K).output("d", D)
            .output("j", Warmup.max(D, Warmup.of(FAST_K).plus(SLOW_K).plus(SLOW_D).plus(-3)))
            .notes("The raw stochastic 100 (close - lowest low) / (highest high - lowest low) is NaN where the range "
                    + "is zero. With sma for both averages, as in VectorTA, they are means of the non-NaN values in "
                    + "their windows; with ema for both, EMAs seeded with such a mean that skip NaNs; otherwise the "
                    + "chosen averages with their own warm-ups. J starts no earlier than fast_k_period + "
                    + "slow_k_period + slow_d_period - 3.")
            .build();

    public Kdj() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int fastK = FAST_K.of(p);
        SeriesStep k = average(p, SLOW_K_MA, SLOW_K), d = average(p, SLOW_D_MA, SLOW_D);
        int kFrom = K.at(p);
        HighLowWindow window = new HighLowWindow(fastK);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                bars++;
                if (!window.push(bar[0], bar[1])) {
                    return; // the range is not full yet
                }
                double ll = window.lowest(), range = window.range();
                // a flat range has no position in it: NaN, which the classic averages skip
                double raw = range == 0 || Double.isNaN(range) ? Double.NaN : 100.0 * ((bar[2] - ll) / range);
                double slowK = k.next(raw);
                // D averages K from its first bar on (the windows of the classic averages are positional)
                double slowD = bars > kFrom ? d.next(slowK) : Double.NaN;
                out[0] = slowK;
                out[1] = slowD;
                out[2] = 3.0 * slowK - 2.0 * slowD;
            }
        };
    }

    /** sma or ema when both averages are that one (VectorTA's own paths for them), else null. */
    private static String classic(double[] p) {
        String k = SLOW_K_MA.of(p);
        return k.equals(SLOW_D_MA.of(p)) && (k.equals("sma") || k.equals("ema")) ? k : null;
    }

    private static SeriesStep average(double[] p, ParamSpec.Choice type, ParamSpec.Int period) {
        String classic = classic(p);
        return classic == null ? SeriesStep.movingAverage(type.of(p), period.of(p))
                : classic.equals("sma") ? meanOfPresent(period.of(p)) : new SeededEma(period.of(p), true, SeededEma.Nans.HOLD_AND_RESTART);
    }


    /** The mean of the non-NaN values among the last period (NaN where there are none). */
    private static SeriesStep meanOfPresent(int period) {
        double[] window = new double[period];
        Arrays.fill(window, Double.NaN);
        return new SeriesStep() {
            private int slot, counted;
            private double sum;

            @Override
            public double next(double x) {
                double old = window[slot];
                if (!Double.isNaN(old)) {
                    sum -= old;
                    counted--;
                }
                window[slot] = x;
                slot = slot + 1 == period ? 0 : slot + 1;
                if (!Double.isNaN(x)) {
                    sum += x;
                    counted++;
                }
                return counted > 0 ? sum / counted : Double.NaN;
            }
        };
    }

    /** The warm-up of one average (VectorTA's own sma and ema paths keep period - 1). */
    private static int averageWarmup(double[] p, ParamSpec.Choice type, ParamSpec.Int period) {
        return classic(p) != null ? period.of(p) - 1 : MovingAverages.warmup(type.of(p), period.of(p));
    }
}
