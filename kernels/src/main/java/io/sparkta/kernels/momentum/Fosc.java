package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Forecast Oscillator: the price's distance from the previous bar's time-series forecast, in percent. */
@AutoService(Indicator.class)
public final class Fosc extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "regression window").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("fosc", "Forecast Oscillator", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("100 * (x - tsf[t - 1]) / x, tsf the least-squares line over the window projected one bar "
                    + "ahead; NaN where x is 0. The first value is at first + period, where a forecast exists "
                    + "(VectorTA starts one bar earlier against a forecast of 0, so that value is always 100).")
            .build()
            .deviating(new Deviation("values", 4, 5,
                    "VectorTA's first output (first + period - 1) divides by a forecast it has not made yet (0), "
                            + "so it is 100 on any data; there is no previous window there, so it is NaN here",
                    "TA-Lib and Tulip give FOSC a lookback of period; VectorTA's value at bar 4 of the reference "
                            + "is exactly 100.0"));

    public Fosc() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double n = period, x = 0.5 * n * (n + 1.0), x2 = (n * (n + 1.0) * (2.0 * n + 1.0)) / 6.0;
        double denom = n * x2 - x * x, scale = Math.abs(denom) < Math.ulp(1.0) ? 0.0 : 1.0 / denom; // 0: period 1
        double slopeY = n * scale, slopeX = x * scale, invN = 1.0 / n, ahead = 0.5 * (n + 1.0);
        double[] ring = new double[period];
        return new Step() {
            private double sumY, sumXY, forecast;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double v = bar[0];
                int t = bars++;
                ring[t % period] = v;
                if (t < period - 1) {
                    sumY += v;
                    sumXY += v * (t + 1.0); // weights 1..period, newest last
                    return;
                }
                double y = sumY + v, xy = sumXY + v * n;
                out[0] = v != 0 ? 100.0 * (v - forecast) / v : Double.NaN;
                forecast = y * invN + (xy * slopeY - y * slopeX) * ahead;
                sumXY = xy - y;
                sumY = y - ring[(t + 1) % period];
            }
        };
    }
}
