package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Quantitative Qualitative Estimation: a smoothed RSI (fast) and a trailing level around it (slow). */
@AutoService(Indicator.class)
public final class Qqe extends StepIndicator {
    static final ParamSpec.Int RSI_PERIOD = ParamSpec.period("rsi_period", 14, 1, "RSI length").sweep(14, 263, 1);
    static final ParamSpec.Int SMOOTHING = ParamSpec.period("smoothing_factor", 5, 1, "EMA length of the RSI")
            .sweep(5, 5, 0);
    static final ParamSpec.Real FAST_FACTOR = ParamSpec.real("fast_factor", 4.236, 0.0, Double.POSITIVE_INFINITY,
            "width of the trailing level in smoothed RSI ranges").sweep(4.236, 4.236, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("qqe", "Quantitative Qualitative Estimation",
                    Category.MOMENTUM)
            .source("close").params(RSI_PERIOD, SMOOTHING, FAST_FACTOR)
            .output("fast", Warmup.of(RSI_PERIOD))
            .output("slow", Warmup.max(Warmup.of(RSI_PERIOD), Warmup.of(RSI_PERIOD).plus(SMOOTHING).plus(-2)))
            .notes("RSI = 100 gain / (gain + loss) with Wilder's averages (50 where both are 0); fast = its EMA, "
                    + "a running mean over the first smoothing_factor values; slow trails fast by fast_factor "
                    + "times a doubly Wilder-smoothed (1/14) absolute change of fast, starting at fast's value "
                    + "at bar rsi_period + smoothing_factor - 2. As in VectorTA (the file wins over its catalogue), "
                    + "fast is written from bar rsi_period on, before slow.")
            .build();

    public Qqe() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(RSI_PERIOD.of(p) + SMOOTHING.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int rp = RSI_PERIOD.of(p), sf = SMOOTHING.of(p), slowFrom = Math.max(rp, rp + sf - 2);
        WilderChanges changes = new WilderChanges(rp, false);
        double alpha = 2.0 / (sf + 1.0), beta = 1.0 - alpha, k = FAST_FACTOR.of(p);
        double atrAlpha = 1.0 / 14.0, atrBeta = 1.0 - atrAlpha;
        return new Step() {
            private double fast, slow, wwma, atr;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                int t = bars++;
                if (!changes.next(bar[0])) {
                    return;
                }
                double gain = changes.gain(), loss = changes.loss();
                double rsi = gain + loss == 0 ? 50.0 : 100.0 * gain / (gain + loss), before = fast;
                int n = t - rp + 1;
                fast = n <= sf ? (n == 1 ? rsi : ((n - 1.0) * fast + rsi) / n) : Math.fma(beta, fast, alpha * rsi);
                if (t == slowFrom) {
                    slow = fast;
                } else if (t > slowFrom) {
                    wwma = atrAlpha * Math.abs(fast - before) + atrBeta * wwma;
                    atr = atrAlpha * wwma + atrBeta * atr;
                    double up2 = fast + atr * k, down2 = fast - atr * k;
                    if (up2 < slow) {
                        slow = up2;
                    } else if (fast > slow && before < slow) {
                        slow = down2;
                    } else if (down2 > slow) {
                        slow = down2;
                    } else if (fast < slow && before > slow) {
                        slow = up2;
                    }
                }
                out[0] = fast;
                out[1] = slow;
            }
        };
    }
}
