package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Voss predictive filter: a two-pole band-pass of the series ({@code filt}) and the Voss predictor
 * ({@code voss}), the scaled band-pass less a linearly weighted average of its own last {@code 3 predict}
 * values, which leads the band-pass by about {@code predict} bars.
 */
@AutoService(Indicator.class)
public final class Voss extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "centre period of the band")
            .sweep(20, 269, 1);
    static final ParamSpec.Int PREDICT = ParamSpec.integer("predict", 3, 0, 1_000_000, "bars of prediction")
            .sweep(3, 3, 0);
    static final ParamSpec.Real BANDWIDTH = ParamSpec.realAbove("bandwidth", 0.25, 0, Double.MAX_VALUE,
            "width of the band as a fraction of the centre frequency").sweep(0.25, 0.25, 0);
    /** max(period, 5, 3 predict): where VectorTA starts both lines. */
    private static final Warmup START = Warmup.custom("max(period, 5, 3 predict)",
            p -> Math.max(Math.max(PERIOD.of(p), 5), 3 * PREDICT.of(p)));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("voss", "Ehlers Voss predictive filter",
                    Category.CYCLE)
            .source("close").params(PERIOD, PREDICT, BANDWIDTH)
            .output("voss", START).output("filt", START.plus(-2))
            .notes("filt = c1 (x - x[2]) + c2 filt' - s filt'' with s = 1 / g - sqrt(1 / g^2 - 1), g = cos(bandwidth "
                    + "2 pi / period), c1 = (1 - s) / 2, c2 = cos(2 pi / period) (1 + s); it starts from two zeros "
                    + "(the two bars before the start, written as 0, as VectorTA does). voss = (3 + order) / 2 filt - "
                    + "sum_{k=1..order} (k / order) v_k over the last order = 3 predict voss values, v_order the "
                    + "newest, kept by running sums; "
                    + "a NaN voss enters those sums as 0, as in VectorTA. VectorTA does not check bandwidth; here it "
                    + "must be positive.")
            .build();

    public Voss() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), order = 3 * PREDICT.of(p), start = START.at(p);
        double w0 = 2.0 * Math.PI / period, g = Math.cos(BANDWIDTH.of(p) * w0);
        double s = 1.0 / g - Math.sqrt(1.0 / (g * g) - 1.0);
        double c1 = 0.5 * (1.0 - s), c2 = Math.cos(w0) * (1.0 + s), c3 = -s;
        double scale = 0.5 * (3 + order), weight = order, invOrder = 1.0 / order;
        double[] ring = new double[Math.max(order, 1)]; // the last order voss values
        return new Step() {
            private double x1, x2, f1, f2, plain, weighted;
            private int bars, slot;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (bars++ >= start) {
                    double f = Math.fma(c2, f1, Math.fma(c3, f2, c1 * (x - x2)));
                    f2 = f1;
                    f1 = f;
                    out[1] = f;
                    if (order == 0) {
                        out[0] = scale * f;
                    } else {
                        // weighted: sum of k v over the last order values, the newest k = order
                        double v = Math.fma(scale, f, -(weighted * invOrder)), kept = Double.isNaN(v) ? 0.0 : v;
                        double previous = plain;
                        plain = previous - ring[slot] + kept;
                        weighted = Math.fma(weight, kept, weighted - previous);
                        ring[slot] = kept;
                        slot = slot + 1 == order ? 0 : slot + 1;
                        out[0] = v;
                    }
                } else {
                    out[1] = 0.0; // the two bars before the start, where the filter's past is zero
                }
                x2 = x1;
                x1 = x;
            }
        };
    }
}
