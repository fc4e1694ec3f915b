package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Average Directional Movement Rating: the mean of today's ADX and the ADX of period bars ago. */
@AutoService(Indicator.class)
public final class Adxr extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("adxr", "Average Directional Movement Rating",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD)
            .output("values", Warmup.of(PERIOD).plus(PERIOD).plus(PERIOD).plus(-1))
            .notes("The movements of the period bars after the first are summed, then smoothed by "
                    + "x = x (1 - 1/period) + new; DX = |+DM - -DM| / (+DM + -DM) in percent (0 where both are 0). "
                    + "ADX is the mean of the first period DX values, then Wilder's smoothing; ADXR needs the ADX "
                    + "of period bars before, so it starts at first + 3 period - 1 (VectorTA's catalogue says "
                    + "2 period; its output starts here).")
            .build();

    public Adxr() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        double[] high = in[0], low = in[1], values = out[0];
        int period = PERIOD.of(p);
        double rp = 1.0 / period, keep = 1.0 - rp, older = period - 1.0;
        // the period-th movement and the first DX; the first ADX; the first ADXR
        int seeded = first + period, adxFrom = seeded + period - 1, adxrFrom = adxFrom + period;
        double plus = 0.0, minus = 0.0;
        for (int t = first + 1; t <= seeded; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus += Movement.plusMove(up, down);
            minus += Movement.minusMove(up, down);
        }
        double[] adxs = new double[period]; // the last period ADX values, oldest at head once full
        int head = 0;
        double dxSum = 0.0, adx = 0.0;
        for (int t = seeded; t < high.length; t++) {
            if (t > seeded) {
                double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
                plus = Math.fma(plus, keep, Movement.plusMove(up, down));
                minus = Math.fma(minus, keep, Movement.minusMove(up, down));
            }
            double dx = dx(plus, minus);
            if (t < adxFrom) {
                dxSum += dx;
                continue;
            }
            adx = t == adxFrom ? (dxSum + dx) * rp : (adx * older + dx) * rp;
            double before = adxs[head];
            adxs[head] = adx;
            head = head + 1 == period ? 0 : head + 1;
            if (t >= adxrFrom) {
                values[offset + t] = 0.5 * (adx + before);
            }
        }
    }

    private static double dx(double plus, double minus) {
        double total = plus + minus;
        return total > 0 ? 100.0 * Math.abs(plus - minus) / total : 0;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double rp = 1.0 / period, keep = 1.0 - rp, older = period - 1.0;
        Movement move = new Movement();
        double[] adxs = new double[period]; // the last period ADX values, oldest at head once full
        return new Step() {
            private double plus, minus, dxSum, adx;
            private int moves, head, adxCount;

            @Override
            public void next(double[] bar, double[] out) {
                if (!move.next(bar[0], bar[1], bar[2])) {
                    return;
                }
                boolean seeding = ++moves <= period;
                plus = seeding ? plus + move.plus : Math.fma(plus, keep, move.plus);
                minus = seeding ? minus + move.minus : Math.fma(minus, keep, move.minus);
                if (moves < period) {
                    return;
                }
                double dx = dx(plus, minus);
                int dxCount = moves - period + 1; // DX values seen, this one included
                if (dxCount < period) {
                    dxSum += dx;
                    return;
                }
                adx = dxCount == period ? (dxSum + dx) * rp : (adx * older + dx) * rp;
                double before = adxs[head];
                adxs[head] = adx;
                head = head + 1 == period ? 0 : head + 1;
                out[0] = adxCount++ >= period ? 0.5 * (adx + before) : Double.NaN;
            }
        };
    }
}
