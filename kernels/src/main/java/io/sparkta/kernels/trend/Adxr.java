package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
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
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], values = out[0];
        int period = PERIOD.of(p);
        double keep = 1.0 - 1.0 / period;
        int seeded = first + period; // the period-th movement, and the first DX
        double plus = 0.0, minus = 0.0;
        for (int t = first + 1; t <= seeded; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus += Movement.plusMove(up, down);
            minus += Movement.minusMove(up, down);
        }
        Rating rating = new Rating(period);
        for (int t = seeded; t < high.length; t++) {
            if (t > seeded) {
                double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
                plus = Math.fma(plus, keep, Movement.plusMove(up, down));
                minus = Math.fma(minus, keep, Movement.minusMove(up, down));
            }
            values[offset + t] = rating.next(dx(plus, minus)); // NaN before the warm-up's end
        }
    }

    private static double dx(double plus, double minus) {
        double total = plus + minus;
        return total > 0 ? 100.0 * Math.abs(plus - minus) / total : 0;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double keep = 1.0 - 1.0 / period;
        Movement move = new Movement();
        Rating rating = new Rating(period);
        return new Step() {
            private double plus, minus;
            private int moves;

            @Override
            public void next(double[] bar, double[] out) {
                if (!move.next(bar[0], bar[1], bar[2])) {
                    return;
                }
                boolean seeding = ++moves <= period;
                plus = seeding ? plus + move.plus : Math.fma(plus, keep, move.plus);
                minus = seeding ? minus + move.minus : Math.fma(minus, keep, move.minus);
                if (moves >= period) {
                    out[0] = rating.next(dx(plus, minus));
                }
            }
        };
    }

    /** ADX from the DX values (the mean of the first period, then Wilder's smoothing), and ADXR from it. */
    private static final class Rating {
        private final int period;
        private final double rp, older;
        private final double[] adxs; // the last period ADX values, oldest at head once full
        private double dxSum, adx;
        private int dxCount, head;

        Rating(int period) {
            this.period = period;
            rp = 1.0 / period;
            older = period - 1.0;
            adxs = new double[period];
        }

        /** Takes the next DX; returns the mean of this ADX and the one period before, NaN until there is one. */
        double next(double dx) {
            int count = ++dxCount;
            if (count < period) {
                dxSum += dx;
                return Double.NaN;
            }
            adx = count == period ? (dxSum + dx) * rp : (adx * older + dx) * rp;
            double before = adxs[head];
            adxs[head] = adx;
            head = head + 1 == period ? 0 : head + 1;
            return count >= 2 * period ? 0.5 * (adx + before) : Double.NaN;
        }
    }
}
