package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Time Series Forecast: the least-squares line through the window, extended one bar past its newest. */
@AutoService(Indicator.class)
public final class Tsf extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 2, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("tsf", "Time Series Forecast", Category.STATISTICS)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("With x = 0 for the oldest bar, mean y + slope * (period - mean x). Sums of y and x*y slid in "
                    + "O(1) per bar as VectorTA rounds them (so they drift as its do, with the rounding of every "
                    + "past sum of y; followed to match it). A NaN makes the windows holding it NaN; the sums are "
                    + "rebuilt once it has left.")
            .build();

    public Tsf() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double n = period, sx = 0.0, sxx = 0.0;
        for (int x = 0; x < period; x++) {
            sx += x;
            sxx += (double) x * x;
        }
        double inv = 1.0 / (n * sxx - sx * sx), scale = 1.0 / n, nInv = n * inv, sxInv = sx * inv;
        double ahead = n - sx * scale; // the next bar's x less the mean x
        Window window = new Window(period);
        return new Step() {
            private double y, xy;

            @Override
            public void next(double[] bar, double[] out) {
                double v = bar[0], old = window.push(v);
                if (!window.ready()) {
                    out[0] = Double.NaN;
                    return;
                }
                if (window.fresh()) {
                    y = 0.0;
                    xy = 0.0;
                    for (int j = 0; j < period; j++) {
                        y += window.get(j);
                        xy += j * window.get(j);
                    }
                } else {
                    y = y + (v - old);
                    xy = n * v + xy - y; // every x drops by one, the new value enters at period - 1
                }
                out[0] = y * scale + (xy * nInv - y * sxInv) * ahead;
            }
        };
    }
}
