package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Polarized Fractal Efficiency: the straight-line distance over period bars per the length of the bar-to-bar
 * path, in percent, signed by the direction of the move, then smoothed by an EMA.
 */
@AutoService(Indicator.class)
public final class Pfe extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "look-back in bars").sweep(10, 259, 1);
    static final ParamSpec.Int SMOOTHING = ParamSpec.period("smoothing", 5, 1, "EMA length").sweep(5, 5, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("pfe", "Polarized Fractal Efficiency",
                    Category.TREND)
            .source("close").params(PERIOD, SMOOTHING).output("values", Warmup.of(PERIOD))
            .notes("Distances count one unit per bar: sqrt(diff^2 + period^2) over the sum of sqrt(d^2 + 1). "
                    + "Negative unless the value rose. The EMA (alpha = 2 / (smoothing + 1)) starts at the first "
                    + "value; the path length is kept running (sum += new - old), as VectorTA does.")
            .build();

    public Pfe() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), size = period + 1;
        double squared = (double) period * period, alpha = 2.0 / (SMOOTHING.of(p) + 1.0), keep = 1.0 - alpha;
        double[] values = new double[size], steps = new double[period];
        return new Step() {
            private double path, ema;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                int k = bars++;
                double x = bar[0];
                values[k % size] = x;
                if (k == 0) {
                    return;
                }
                double d = x - values[(k - 1) % size], step = Math.sqrt(Math.fma(d, d, 1.0));
                int slot = (k - 1) % period;
                path = k <= period ? path + step : path + (step - steps[slot]);
                steps[slot] = step;
                if (k < period) {
                    return;
                }
                double diff = x - values[(k - period) % size];
                double efficiency = 100.0 * (Math.sqrt(Math.fma(diff, diff, squared)) / path);
                double signed = diff > 0 ? efficiency : -efficiency;
                ema = k == period ? signed : Math.fma(alpha, signed, keep * ema);
                out[0] = ema;
            }
        };
    }
}
