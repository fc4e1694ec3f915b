package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * The Mesa Sine Wave as Tulip Indicators computes it: the phase of the window's component at {@code period},
 * its sine and the sine led by 45 degrees.
 */
@AutoService(Indicator.class)
public final class Msw extends StepIndicator {
    /** Tulip's value of pi, which VectorTA keeps. */
    private static final double PI = 3.1415926, TWO_PI = 2.0 * PI;
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 1, "cycle length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("msw", "Mesa Sine Wave", Category.CYCLE)
            .source("close").params(PERIOD).outputs(Warmup.of(PERIOD).plus(-1), "sine", "lead")
            .notes("rp = sum cos(j step) x[j], ip = sum sin(j step) x[j] over the window, x[0] the newest, with "
                    + "step = 2 pi / period and pi = 3.1415926 as in Tulip and VectorTA. phase = atan(ip / rp) (pi "
                    + "with ip's sign where |rp| <= 0.001), plus pi where rp < 0, plus pi / 2, brought into "
                    + "[0, 2 pi]; sine = sin(phase), lead = (sin + cos)(phase) / sqrt(2). O(period) per bar.")
            .build();

    public Msw() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double step = TWO_PI / period;
        double[] cos = new double[period], sin = new double[period];
        double angle = 0.0;
        for (int j = 0; j < period; j++) {
            cos[j] = Math.cos(angle);
            sin[j] = Math.sin(angle);
            angle += step;
        }
        RecentValues window = new RecentValues(period);
        return (bar, out) -> {
            window.push(bar[0]);
            double rp = 0.0, ip = 0.0;
            for (int j = 0; j < period; j++) {
                double x = window.ago(j);
                rp += cos[j] * x;
                ip += sin[j] * x;
            }
            double phase = Math.abs(rp) > 0.001 ? Math.atan(ip / rp) : PI * (ip < 0 ? -1.0 : 1.0);
            if (rp < 0) {
                phase += PI;
            }
            phase += PI * 0.5;
            if (phase < 0) {
                phase += TWO_PI;
            }
            if (phase > TWO_PI) {
                phase -= TWO_PI;
            }
            double s = Math.sin(phase);
            out[0] = s;
            out[1] = (s + Math.cos(phase)) * 0.7071067811865476;
        };
    }
}
