package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import java.util.List;

/**
 * Ehlers' MESA Adaptive Moving Average and its following average (FAMA): a Hilbert transform of the 4-bar
 * WMA of the price measures the cycle's phase; alpha = fast_limit / phase change, at least slow_limit.
 */
@AutoService(Indicator.class)
public final class Mama extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("mama", "MESA Adaptive Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.realAbove("fast_limit", 0.5, 0.0, 1.0, "largest alpha"),
                    ParamSpec.realAbove("slow_limit", 0.05, 0.0, 1.0, "smallest alpha")),
            List.of("mama_values", "fama_values"), "first + 10",
            "Ehlers' published recursion (as TA-Lib computes it), run from the first valid value with zero state "
                    + "and written from first + 10, VectorTA's warm-up. VectorTA's tests check no values and its "
                    + "kernel does not start at the first valid value; this one does, so k leading NaNs only shift "
                    + "the output. Agrees with TA-Lib's MAMA once both have converged (tested). A NaN after the "
                    + "first valid value makes later outputs NaN.");

    private static final int WARMUP = 10;

    public Mama() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return WARMUP;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requireValid(WARMUP + 1, n, first);
    }

    @Override
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        Step step = new Step(p[0], p[1]);
        double[] x = in[0];
        for (int t = first; t < x.length; t++) {
            step.next(x[t]);
            if (t - first >= WARMUP) {
                out[0][offset + t] = step.mama;
                out[1][offset + t] = step.fama;
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = new Step(p[0], p[1]);
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                step.next(bar[0]);
                boolean warm = seen++ >= WARMUP;
                out[0] = warm ? step.mama : Double.NaN;
                out[1] = warm ? step.fama : Double.NaN;
            }
        };
    }

    /** The recursion's state: the last seven values of each Hilbert stage, the cycle period and both averages. */
    private static final class Step {
        private static final double A = 0.0962, B = 0.5769, DEGREES = 180.0 / Math.PI;
        private final double fastLimit, slowLimit;
        private final double[] prices = new double[4], smooth = new double[7], detrender = new double[7],
                i1 = new double[7], q1 = new double[7];
        private int t;
        private double period, previousPhase, i2, q2, re, im;
        double mama, fama;

        Step(double fastLimit, double slowLimit) {
            this.fastLimit = fastLimit;
            this.slowLimit = slowLimit;
        }

        /** a v[0] + b v[2] - b v[4] - a v[6], scaled by the previous period: the Hilbert transform. */
        private double hilbert(double[] v, double adjust) {
            int k = t % 7;
            return (A * v[k] + B * v[(k + 5) % 7] - B * v[(k + 3) % 7] - A * v[(k + 1) % 7]) * adjust;
        }

        void next(double price) {
            prices[t % 4] = price;
            int k = t % 7;
            smooth[k] = (4.0 * price + 3.0 * prices[(t + 3) % 4] + 2.0 * prices[(t + 2) % 4]
                    + prices[(t + 1) % 4]) / 10.0;
            double adjust = 0.075 * period + 0.54;
            detrender[k] = hilbert(smooth, adjust);
            q1[k] = hilbert(detrender, adjust);
            i1[k] = detrender[(k + 4) % 7]; // the detrender three bars back
            double jI = hilbert(i1, adjust), jQ = hilbert(q1, adjust);

            double phase = i1[k] != 0.0 ? Math.atan(q1[k] / i1[k]) * DEGREES : 0.0;
            double delta = Math.max(previousPhase - phase, 1.0);
            previousPhase = phase;
            double alpha = delta > 1.0 ? Math.max(fastLimit / delta, slowLimit) : fastLimit;
            mama = t == 0 ? price : alpha * price + (1.0 - alpha) * mama;
            fama = t == 0 ? price : 0.5 * alpha * mama + (1.0 - 0.5 * alpha) * fama;

            double i2Now = 0.2 * (i1[k] - jQ) + 0.8 * i2, q2Now = 0.2 * (q1[k] + jI) + 0.8 * q2;
            re = 0.2 * (i2Now * i2 + q2Now * q2) + 0.8 * re;
            im = 0.2 * (i2Now * q2 - q2Now * i2) + 0.8 * im;
            i2 = i2Now;
            q2 = q2Now;
            double previous = period;
            if (im != 0.0 && re != 0.0) {
                period = 360.0 / (Math.atan(im / re) * DEGREES);
            }
            period = Math.min(Math.max(period, 0.67 * previous), 1.5 * previous);
            period = Math.min(Math.max(period, 6.0), 50.0);
            period = 0.2 * period + 0.8 * previous;
            t++;
        }
    }
}
