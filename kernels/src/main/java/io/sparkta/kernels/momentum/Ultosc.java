package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Ultimate Oscillator: buying pressure over true range on three windows, weighted 4:2:1, in percent. */
@AutoService(Indicator.class)
public final class Ultosc extends StepIndicator {
    static final ParamSpec.Int P1 = ParamSpec.period("timeperiod1", 7, 1, "short window").sweep(7, 7, 0);
    static final ParamSpec.Int P2 = ParamSpec.period("timeperiod2", 14, 1, "middle window").sweep(14, 14, 0);
    static final ParamSpec.Int P3 = ParamSpec.period("timeperiod3", 28, 1, "long window").sweep(28, 277, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ultosc", "Ultimate Oscillator",
                    Category.MOMENTUM)
            .columns("high", "low", "close").params(P1, P2, P3)
            .output("values", Warmup.max(Warmup.of(P1), Warmup.of(P2), Warmup.of(P3)))
            .notes("Buying pressure close - min(low, previous close) and true range max(high, previous close) - "
                    + "min(low, previous close), summed over each window; 100 * (4 r1 + 2 r2 + r3) / 7, a ratio 0 "
                    + "where its range sum is 0. The first bar only gives the previous close, so the first output "
                    + "is max(periods) bars after it (VectorTA's catalogue says one less; its output agrees with "
                    + "this). A bar with a NaN adds nothing to the sums.")
            .build();

    public Ultosc() {
        super(SPEC);
    }

    /** The longest window is the one reported when the data is too short for it. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        ParamSpec.Int longest = P3.of(p) >= Math.max(P1.of(p), P2.of(p)) ? P3 : P2.of(p) >= P1.of(p) ? P2 : P1;
        requirePeriod(longest.name(), longest.of(p), n);
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int p1 = P1.of(p), p2 = P2.of(p), p3 = P3.of(p), size = Math.max(p1, Math.max(p2, p3));
        double unit = 100.0 / 7.0, w1 = unit * 4.0, w2 = unit * 2.0;
        double[] pressures = new double[size], ranges = new double[size];
        return new Step() {
            private double previousClose, a1, b1, a2, b2, a3, b3;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[0], low = bar[1], close = bar[2], before = previousClose;
                previousClose = close;
                int count = bars++ - 1; // bars entered into the windows before this one
                if (count < 0) {
                    return;
                }
                boolean valid = !(Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close)
                        || Double.isNaN(before));
                double floor = Math.min(low, before);
                double pressure = valid ? close - floor : 0, range = valid ? Math.max(high, before) - floor : 0;
                // the leaving bars first, then the new one, the order VectorTA's sums round in
                if (count >= p1) {
                    a1 -= pressures[(count - p1) % size];
                    b1 -= ranges[(count - p1) % size];
                }
                if (count >= p2) {
                    a2 -= pressures[(count - p2) % size];
                    b2 -= ranges[(count - p2) % size];
                }
                if (count >= p3) {
                    a3 -= pressures[(count - p3) % size];
                    b3 -= ranges[(count - p3) % size];
                }
                pressures[count % size] = pressure;
                ranges[count % size] = range;
                if (valid) {
                    a1 += pressure;
                    b1 += range;
                    a2 += pressure;
                    b2 += range;
                    a3 += pressure;
                    b3 += range;
                }
                out[0] = Math.fma(w1, ratio(a1, b1), Math.fma(w2, ratio(a2, b2), unit * ratio(a3, b3)));
            }
        };
    }

    private static double ratio(double pressure, double range) {
        return range != 0 ? pressure * (1.0 / range) : 0.0;
    }
}
