package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Reverse RSI: the price at which the next bar's RSI would equal rsi_level. */
@AutoService(Indicator.class)
public final class ReverseRsi extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("rsi_length", 14, 1, "RSI length");
    static final ParamSpec.Real LEVEL = ParamSpec.realAbove("rsi_level", 50.0, 0.0, Math.nextDown(100.0),
            "target RSI, in (0, 100)");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("reverse_rsi", "Reverse RSI", Category.MOMENTUM)
            .source("close").params(LENGTH, LEVEL)
            .output("values", Warmup.custom("2 rsi_length - 2", p -> 2 * LENGTH.of(p) - 2))
            .notes("Gains and losses are smoothed by an EMA of 2 rsi_length - 1 bars (Wilder's equivalent), seeded "
                    + "with the mean of the first 2 rsi_length - 1 changes, the first taken against 0 as in "
                    + "VectorTA (so it counts the first price as a gain). A change with a non-finite end is 0.")
            .build();

    public ReverseRsi() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(2 * LENGTH.of(p) - 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int emaLen = 2 * LENGTH.of(p) - 1;
        double level = LEVEL.of(p), inv = 100.0 - level, negScale = inv / level, n1 = LENGTH.of(p) - 1.0;
        double coeff = n1 * (level / inv), alpha = 2.0 / (emaLen + 1.0), beta = 1.0 - alpha;
        return new Step() {
            private double previous, up, down;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                double d = Double.isFinite(x) && Double.isFinite(previous) ? x - previous : 0.0;
                previous = x;
                int t = bars++;
                if (t < emaLen) {
                    up += Math.max(d, 0.0);
                    down += Math.max(-d, 0.0);
                    if (t < emaLen - 1) {
                        return;
                    }
                    up /= emaLen;
                    down /= emaLen;
                } else {
                    up = Math.fma(beta, up, alpha * Math.max(d, 0.0));
                    down = Math.fma(beta, down, alpha * Math.max(-d, 0.0));
                }
                double gap = Math.fma(coeff, down, -n1 * up), v = x + gap * (gap >= 0 ? negScale + (1.0 - negScale) : negScale);
                out[0] = Double.isFinite(v) || gap >= 0 ? v : 0.0;
            }
        };
    }
}
