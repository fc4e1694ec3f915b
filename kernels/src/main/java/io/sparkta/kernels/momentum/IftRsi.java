package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Inverse Fisher Transform of RSI: tanh of the weighted average of (RSI - 50) / 10. */
@AutoService(Indicator.class)
public final class IftRsi extends StepIndicator {
    static final ParamSpec.Int RSI_PERIOD = ParamSpec.period("rsi_period", 5, 1, "RSI length").sweep(5, 5, 0);
    static final ParamSpec.Int WMA_PERIOD = ParamSpec.period("wma_period", 9, 1, "weighted average length")
            .sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ift_rsi", "Inverse Fisher Transform RSI",
                    Category.MOMENTUM)
            .source("close").params(RSI_PERIOD, WMA_PERIOD)
            .output("values", Warmup.of(RSI_PERIOD).plus(WMA_PERIOD).plus(-1))
            .notes("Wilder's RSI seeded with the mean gain and loss of the first rsi_period changes; where the "
                    + "average loss is 0 the ratio is taken as 100 (RSI 99.0099...), as VectorTA does.")
            .build();

    public IftRsi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int rp = RSI_PERIOD.of(p), wp = WMA_PERIOD.of(p);
        double weights = 1.0 / (0.5 * wp * (wp + 1.0));
        WilderChanges changes = new WilderChanges(rp, true);
        double[] ring = new double[wp];
        return new Step() {
            private double sum, weighted;
            private int filled;

            @Override
            public void next(double[] bar, double[] out) {
                if (!changes.next(bar[0])) {
                    return;
                }
                double gain = changes.gain(), loss = changes.loss();
                double rs = loss != 0 ? gain / loss : 100.0, x = 0.1 * (100.0 - 100.0 / (1.0 + rs) - 50.0);
                // the weighted sum moves by wp * x minus the plain sum of the window before it
                int slot = filled % wp;
                if (filled < wp) {
                    sum += x;
                    weighted = Math.fma(filled + 1.0, x, weighted);
                } else {
                    weighted = Math.fma(wp, x, weighted) - sum;
                    sum = sum + x - ring[slot];
                }
                ring[slot] = x;
                filled++;
                out[0] = Math.tanh(weighted * weights);
            }
        };
    }
}
